import iconv from 'iconv-lite';
import { describe, expect, test, vi } from 'vitest';
import { MILESTONES_HEADER, milestoneRow } from './upload-fixtures';

vi.mock('server-only', () => ({}));
const { POST } = await import('@/app/api/datasets/[id]/preview/route');

type Body = { ok: boolean; rows?: unknown[]; errors?: { line: number; column: string | null }[]; chart?: string; html?: string };

async function preview(id: string, body: BodyInit, locale = 'zh') {
  const request = new Request(`http://localhost/api/datasets/${id}/preview?locale=${locale}`, { method: 'POST', body });
  const response = await POST(request, { params: Promise.resolve({ id }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}

const FRANCE_HEADER = 'metric_id,metric_zh,metric_en,value,unit,qualifier,note_zh,note_en,source_slide';
const FRANCE_ROWS = [
  'population,人口,Population,"70,000,000",people,exact,,,41',
  'gdp,国内生产总值,GDP,2000000000000,usd,exact,,,41',
  'internet-users,互联网用户,Internet users,35000000,people,exact,,,41',
  'internet-penetration,互联网普及率,Internet penetration,50%,percent,exact,,,41',
  'households-with-pc,拥有电脑的家庭,Households with a PC,12000000,households,about,,,41',
  'households-online,上网的家庭,Households online,9000000,households,about,,,41',
  'adults-egov-users,使用电子政务的成人,Adults using e-government,30,percent_of_adults,exact,,,41',
  'adults-egov-willing,愿意使用电子政务的成人,Adults willing to use e-government,60,percent_of_adults,exact,,,41',
];

describe('POST /api/datasets/{id}/preview', () => {
  test('a locale other than zh or en, or an unknown parameter, is a 400 that says what is allowed', async () => {
    const csv = [FRANCE_HEADER, ...FRANCE_ROWS].join('\n');
    const bad = await preview('france-internet', csv, 'fr');
    expect(bad.status).toBe(400);
    expect((bad.body as unknown as { error: string }).error).toBe('Unknown locale "fr". Allowed: zh | en.');
    const request = new Request('http://localhost/api/datasets/france-internet/preview?lang=en', { method: 'POST', body: csv });
    const unknown = await POST(request, { params: Promise.resolve({ id: 'france-internet' }) });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toContain('Unknown parameter "lang"');
  });

  test('draws the dataset’s chart from the uploaded rows, both layouts, with the rows as a table', async () => {
    const csv = new Uint8Array(iconv.encode([FRANCE_HEADER, ...FRANCE_ROWS].join('\r\n'), 'gbk'));
    const { status, headers, body } = await preview('france-internet', csv);
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({ ok: true, chart: 'drawn' });
    expect(body.rows).toHaveLength(8);
    const html = body.html!;
    expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(2);
    expect(html).toContain('responsive-chart__narrow');
    expect(html).toContain('responsive-chart__wide');
    expect(html).toContain('70,000,000');
    expect(html).toContain('“法国的互联网与电子政务”：8 行');
  });

  test('rows the chart cannot place (France without its GDP row) fall back to the table with a note, not an error', async () => {
    const rows = FRANCE_ROWS.filter((row) => !row.startsWith('gdp'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { status, body } = await preview('france-internet', [FRANCE_HEADER, ...rows].join('\n'), 'en');
    expect(status).toBe(200);
    expect(body.chart).toBe('failed');
    expect(body.html).not.toContain('<svg');
    expect(body.html).toContain('cannot be drawn as a chart');
    expect(body.html).toContain('<table');
  });

  test('the timeline redraws with uploaded milestones against the shipped stages', async () => {
    const csv = [MILESTONES_HEADER, milestoneRow('my-first-event', '2003-05'), milestoneRow('my-second-event', '2004')].join('\n');
    const { status, body } = await preview('milestones', csv, 'en');
    expect(status).toBe(200);
    expect(body.chart).toBe('drawn');
    expect(body.html).toContain('“Milestones of China’s e-government, 1992–2006”: 2 rows');
    expect(body.html!.match(/<svg/g)).toHaveLength(2);
  });

  test('a dataset without a chart of its own previews as a table only', async () => {
    const stages = [
      'stage_id,stage_rank,name_zh,name_en,start,end,start_event_zh,start_event_en,end_event_zh,end_event_en,description_zh,description_en,source_slide',
      'exploration,1,起步,Start,2001,2003/6,甲,A,乙,B,描述,Description,46',
    ].join('\n');
    const { status, body } = await preview('stages', stages, 'en');
    expect(status).toBe(200);
    expect(body.chart).toBe('none');
    expect(body.html).not.toContain('<svg');
    expect(body.html).toContain('<td class="rows-table__date" data-label="End">2003-06</td>');
  });

  test('an invalid file answers like /validate, with no markup', async () => {
    const { status, body } = await preview('france-internet', `${FRANCE_HEADER}\npopulation,人口,Population,many,people,exact,,,41\n`);
    expect(status).toBe(422);
    expect(body.ok).toBe(false);
    expect(body.errors).toMatchObject([{ line: 2, column: 'value' }]);
    expect(body.html).toBeUndefined();
  });

  test('two uploads do not see each other: each answer holds only its own rows', async () => {
    const first = await preview('milestones', [MILESTONES_HEADER, milestoneRow('only-in-first', '2003')].join('\n'));
    const second = await preview('milestones', [MILESTONES_HEADER, milestoneRow('only-in-second', '2004')].join('\n'));
    expect(first.body.html).toContain('only-in-first');
    expect(second.body.html).not.toContain('only-in-first');
  });

  test('markup in uploaded cells comes back as text, never as elements', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const csv = [MILESTONES_HEADER, `x-event,2003,,development,policy,"${hostile}","${hostile}",摘要,Summary,,,52`].join('\n');
    const { status, body } = await preview('milestones', csv);
    expect(status).toBe(200);
    expect(body.html).not.toMatch(/<script|<img/);
    expect(body.html).toContain('&lt;script&gt;');
  });

  test('an unknown dataset is a 404', async () => {
    expect((await preview('nope', 'a\n1\n')).status).toBe(404);
  });
});
