// Reads a JSON response body in tests, where the shape is asserted right after.
// biome-ignore lint/suspicious/noExplicitAny: test assertions inspect arbitrary JSON.
export type Json = any;

export async function json(response: Response): Promise<Json> {
  return response.json();
}
