import { randomInt } from 'node:crypto';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { QuizQuestion } from '@/components/quiz/quiz-question';
import { QuizResult } from '@/components/quiz/quiz-result';
import { localeHref } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { readQuizParams } from '@/lib/quiz/answers';
import { generateQuiz } from '@/lib/quiz/generate';
import { gradeQuiz } from '@/lib/quiz/grade';
import { loadQuizSource } from '@/lib/quiz/load';
import { createSeed, readSeed } from '@/lib/quiz/seed';
import '@/components/quiz/quiz.css';

// Each request reads its own seed and answers, and DATA_DIR given at `npm start` is what the quiz asks about.
export const dynamic = 'force-dynamic';

type QuizPageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: QuizPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'quiz' });
  // A checked quiz's URL carries someone's answers: not for search engines.
  return { title: t('page.title'), robots: { index: false } };
}

const newSeed = () => createSeed(() => randomInt(0, 2 ** 32) / 2 ** 32);
const quizHref = (locale: Locale, seed: string) => `${localeHref(locale, '/quiz')}?seed=${seed}`;

/**
 * A quiz drawn from the data by the seed in the URL, as a GET form: checking it is a new request whose
 * answer the server renders, so it works without JavaScript and nothing is stored. Without a seed, the
 * page picks one and sends the visitor to its URL, so the address bar always holds a link to share.
 */
export default async function QuizPage({ params, searchParams }: QuizPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const input = readQuizParams(await searchParams);
  const reading = readSeed(input.seed);
  if (reading.status === 'missing') redirect(quizHref(locale, newSeed()));
  const seed = reading.status === 'ok' ? reading.seed : newSeed();
  const t = await getTranslations({ locale, namespace: 'quiz' });
  const quiz = generateQuiz(await loadQuizSource(locale), seed);
  const result = reading.status === 'ok' && input.submitted ? gradeQuiz(quiz, input.answers) : null;
  const answers = result ? input.answers : new Map<string, string[]>();
  return (
    <>
      <h1>{t('page.title')}</h1>
      <p className="lead">{t('page.lead')}</p>
      {reading.status === 'invalid' ? (
        <p className="quiz-notice" role="alert">
          {t('badSeed', { given: reading.given })}
        </p>
      ) : null}
      {result ? (
        <QuizResult
          result={result}
          answers={answers}
          locale={locale}
          score={t.rich('result.score', { score: result.score, total: result.total, strong: (chunks) => <strong>{chunks}</strong> })}
          t={t}
        />
      ) : null}
      <form className="quiz" method="get" action={localeHref(locale, '/quiz')} aria-label={t('number', { seed })}>
        <p className="quiz__number">{t('number', { seed })}</p>
        <input type="hidden" name="seed" value={seed} />
        <input type="hidden" name="check" value="1" />
        {quiz.questions.map((question, i) => (
          <QuizQuestion
            key={question.name}
            question={question}
            number={i + 1}
            answers={answers}
            correct={result?.results[i]?.correct}
            t={t}
          />
        ))}
        <button type="submit" className="quiz__submit">
          {t('submit')}
        </button>
      </form>
      <ul className="quiz-links">
        <li>
          <a href={quizHref(locale, seed)}>{result ? t('again') : t('shareLink')}</a>
        </li>
        <li>
          <a href={localeHref(locale, '/quiz')}>{t('newQuiz')}</a>
        </li>
      </ul>
    </>
  );
}
