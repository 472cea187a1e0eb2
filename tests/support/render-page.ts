/**
 * Renders a server component tree to HTML with the admin messages in Finnish, as the admin
 * layout's provider would; for tests that check what an admin page shows.
 */
export async function renderPage(element: unknown): Promise<string> {
  const [{ renderToPipeableStream }, { NextIntlClientProvider }, { createElement }, { Writable }, messages] = await Promise.all([
    import('react-dom/server'),
    import('next-intl'),
    import('react'),
    import('node:stream'),
    import('../../messages/fi.json'),
  ]);
  const tree = createElement(NextIntlClientProvider, {
    locale: 'fi',
    messages: { Admin: messages.default.Admin },
    timeZone: 'Europe/Helsinki',
    children: element as never,
  });
  return new Promise((resolve, reject) => {
    let html = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        html += String(chunk);
        done();
      },
    });
    sink.on('finish', () => resolve(html));
    const stream = renderToPipeableStream(tree, { onAllReady: () => stream.pipe(sink), onShellError: reject, onError: reject });
  });
}
