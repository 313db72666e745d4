import type { QuizAnswers } from '@/lib/quiz/answers';
import { getChosen, getOrderAnswer } from '@/lib/quiz/grade';
import type { QuizQuestion as Question } from '@/lib/quiz/types';
import type { Translate } from '@/lib/i18n/translator';

export type QuizQuestionProps = {
  question: Question;
  number: number;
  /** The visitor's answers, shown again after a check. */
  answers: QuizAnswers;
  /** Right or wrong, once checked. */
  correct?: boolean;
  /** The quiz namespace. */
  t: Translate;
};

/** One question as a fieldset: radio buttons, check boxes, or a select of places per event. */
export function QuizQuestion({ question, number, answers, correct, t }: QuizQuestionProps) {
  const mark = correct === undefined ? null : correct ? 'right' : 'wrong';
  return (
    <fieldset className={`quiz-question${mark ? ` quiz-question--${mark}` : ''}`} id={question.name}>
      <legend>
        <span className="quiz-question__number">{t('questionNumber', { number })}</span> {t(`prompt.${question.kind}`, question.values)}
      </legend>
      {mark ? <p className="quiz-question__mark">{t(`mark.${mark}`)}</p> : null}
      {question.kind === 'order' ? (
        <ol className="quiz-order">
          {question.items.map((item, i) => {
            const id = `${question.name}-${i}`;
            return (
              <li key={item.value}>
                <label htmlFor={id}>{item.label}</label>
                <select
                  id={id}
                  name={id}
                  defaultValue={getOrderAnswer(question, answers)[i] ?? ''}
                  aria-label={`${t('place')}: ${item.label}`}
                >
                  <option value="">{t('noPlace')}</option>
                  {question.items.map((_, place) => (
                    <option key={place} value={String(place + 1)}>
                      {place + 1}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ol>
      ) : (
        <ul className="quiz-options">
          {question.options.map((option) => {
            const chosen = getChosen(question, answers);
            return (
              <li key={option.value}>
                <label>
                  <input
                    type={question.multiple ? 'checkbox' : 'radio'}
                    name={question.name}
                    value={option.value}
                    defaultChecked={chosen.includes(option.value)}
                  />
                  <span>{option.label}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
