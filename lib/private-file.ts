/**
 * A stored private file sent to the one who may see it, after the route's checks: photos open in
 * the browser's viewer; PDFs are downloaded (scripts inside them survive re-saving); nothing is
 * cached, and the response runs nothing of its own (a sandboxing CSP).
 */
export function privateFileResponse(body: BodyInit, file: { type: string; name: string; size?: number }): Response {
  return new Response(body, {
    headers: {
      'Content-Type': file.type,
      ...(file.size === undefined ? {} : { 'Content-Length': String(file.size) }),
      'Content-Disposition': `${file.type === 'application/pdf' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  });
}
