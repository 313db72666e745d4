import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { TextProvider } from '@/components/i18n/text-provider';
import { ProblemTable, type UploadProblem } from '@/components/upload/problem-table';
import { compileMessages } from '@/lib/i18n/compiled-messages';
import { loadMessages } from '@/lib/i18n/messages';

const problem = (line: number, column: string | null = 'share_pct'): UploadProblem => ({
  line,
  column,
  message: `problem on line ${line}`,
  message_zh: `第 ${line} 行的问题`,
});

async function render(locale: 'zh' | 'en', problems: UploadProblem[], total?: number, columnLabels: Record<string, string> = {}) {
  const messages = compileMessages(await loadMessages(locale));
  return renderToStaticMarkup(
    <TextProvider locale={locale} messages={messages}>
      <ProblemTable problems={problems} total={total} caption="What to fix" columnLabels={columnLabels} tone="error" />
    </TextProvider>,
  );
}

describe('ProblemTable', () => {
  const listed = Array.from({ length: 100 }, (_, i) => problem(i + 2));

  test('says how many problems the server found but did not list, in both languages', async () => {
    const en = await render('en', listed, 1_500);
    expect(en.match(/<tr>/g)).toHaveLength(101);
    expect(en).toContain('1,400 more are not listed; fix the ones above first and retry.');
    const zh = await render('zh', listed, 1_500);
    expect(zh).toContain('另有 1400 处未列出');
  });

  test('says nothing more when every problem is listed', async () => {
    expect(await render('en', listed, 100)).not.toContain('not listed');
    expect(await render('en', listed)).not.toContain('not listed');
  });

  test('a column named after an Object property gets no label and breaks nothing', async () => {
    const html = await render('en', [problem(1, '__proto__'), problem(1, 'constructor'), problem(2, 'share_pct')], undefined, {
      share_pct: 'Share (%)',
    });
    expect(html).toContain('<code>__proto__</code></td>');
    expect(html).toContain('<code>constructor</code></td>');
    expect(html).toContain('<code>share_pct</code><span class="problem-table__label"> Share (%)</span>');
  });
});
