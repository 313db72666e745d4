import Link from 'next/link';
import './globals.css';

// Outside the locale routes (e.g. /api/unknown rendered as a page) there is no locale: say it in both.
export default function NotFound() {
  return (
    <html lang="zh-CN">
      <body>
        <main>
          <h1>找不到该页面 · Page not found</h1>
          <p>
            <Link href="/zh">返回概览</Link> ·{' '}
            <Link href="/en" lang="en">
              Back to the overview
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
