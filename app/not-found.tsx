import './globals.css';

// Outside the locale routes (e.g. /api/unknown rendered as a page) there is no locale: say it in both.
export default function NotFound() {
  return (
    <html lang="zh-CN">
      <body>
        <main>
          <h1>找不到该页面 · Page not found</h1>
          <p>
            <a href="/zh">返回概览</a> · <a href="/en" lang="en">Back to the overview</a>
          </p>
        </main>
      </body>
    </html>
  );
}
