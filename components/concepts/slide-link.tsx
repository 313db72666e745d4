import type { Translate } from '@/lib/i18n/translate';
import './slide-link.css';

/** “Slide 87”, linking to the item it labels (`#id`), so the place can be shared or linked from elsewhere. */
export function SlideLink({ id, slide, t }: { id: string; slide: number; t: Translate }) {
  return (
    <a className="slide-link" href={`#${id}`}>
      {t('slide', { slide })}
    </a>
  );
}
