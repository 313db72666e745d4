import type { ReactNode } from 'react';
import { formatSlideRanges } from '@/lib/format';
import type { QuizAnswers } from '@/lib/quiz/answers';
import { getChosen, getOrderAnswer, type QuizResult as Result } from '@/lib/quiz/grade';
import type { QuizQuestion } from '@/lib/quiz/types';
import { localeHref } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';

export type QuizResultProps = {
  result: Result;
  answers: QuizAnswers;
  locale: Locale;
  /** "Score: **7 / 10**", worded by the page (rich text). */
  score: ReactNode;
  /** The quiz namespace. */
  t: Translate;
};

const optionLabel = (question: QuizQuestion, value: string) =>
  question.kind === 'order' ? value : (question.options.find((o) => o.value === value)?.label ?? value);

/** The right answer in words: the events in order, or the right options. */
function getRightAnswer(question: QuizQuestion, t: Translate): string {
  if (question.kind === 'order') {
    return question.answer
      .map((value, i) => t('result.orderItem', { place: i + 1, item: question.items.find((item) => item.value === value)!.label }))
      .join(t('listSeparator'));
  }
  return question.answer.map((value) => optionLabel(question, value)).join(t('listSeparator'));
}

/** What the visitor answered, in the same words; null where nothing was answered. */
function getGivenAnswer(question: QuizQuestion, answers: QuizAnswers, t: Translate): string | null {
  if (question.kind === 'order') {
    const places = getOrderAnswer(question, answers);
    if (places.every((place) => !place)) return null;
    return question.items
      .map((item, i) => ({ item, place: places[i] || t('noPlace') }))
      .sort((a, b) => a.place.localeCompare(b.place))
      .map(({ item, place }) => t('result.orderItem', { place, item: item.label }))
      .join(t('listSeparator'));
  }
  const chosen = getChosen(question, answers);
  return chosen.length > 0 ? chosen.map((value) => optionLabel(question, value)).join(t('listSeparator')) : null;
}

/** The place in the dashboard a question's link opens, named by the page it is on. */
const getPlace = (href: string) => href.slice(1).split(/[?#]/)[0]!;

/** The score, and for each wrong answer the right one, the slides to reread and a link to where the dashboard shows them. */
export function QuizResult({ result, answers, locale, score, t }: QuizResultProps) {
  const wrong = result.results.filter((r) => !r.correct);
  return (
    <section className="quiz-result" role="status" aria-labelledby="quiz-result-heading">
      <h2 id="quiz-result-heading">{t('result.heading')}</h2>
      <p className="quiz-result__score">{score}</p>
      {wrong.length === 0 ? (
        <p>{t('result.allRight')}</p>
      ) : (
        <>
          <h3>{t('result.toReread')}</h3>
          <ul className="quiz-result__list">
            {wrong.map(({ question, answered }) => {
              const number = result.results.findIndex((r) => r.question === question) + 1;
              const given = answered ? getGivenAnswer(question, answers, t) : null;
              const place = getPlace(question.reread.href);
              return (
                <li key={question.name}>
                  <p>
                    <a href={`#${question.name}`}>{t('result.question', { number })}</a>{' '}
                    <span className="quiz-result__prompt">{t(`prompt.${question.kind}`, question.values)}</span>
                  </p>
                  <p>{given ? t('result.yours', { answer: given }) : t('result.notAnswered')}</p>
                  <p>{t('result.right', { answer: getRightAnswer(question, t) })}</p>
                  <p>
                    {t('result.slides', {
                      count: question.reread.slides.length,
                      slides: formatSlideRanges(question.reread.slides, locale),
                    })}
                    {t('result.rereadSeparator')}
                    <a className="quiz-result__reread" href={localeHref(locale, question.reread.href)}>
                      {t(`result.open.${place}`)}
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
