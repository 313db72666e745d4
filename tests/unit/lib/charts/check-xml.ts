/**
 * A strict check that markup is well-formed XML: every tag closed in order, attributes quoted,
 * no raw `<` or stray `&` in text. Returns the problems found (none for a well-formed document).
 */
export function findXmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(body))) {
    const [whole, closing, name, , selfClosing] = match;
    if (whole === '<' || whole === '&') {
      problems.push(`stray "${whole}" at ${match.index}: ${body.slice(match.index, match.index + 40)}`);
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (!selfClosing) {
      stack.push(name!);
    }
    if (stack.length === 0 && match.index + whole.length < body.trimEnd().length && !closing)
      problems.push('content after the root element');
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}
