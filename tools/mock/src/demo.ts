/**
 * The quick-start job: start the mock, make a few real requests against it, stop it.
 * (The `missive` CLI takes this over once it exists.)
 */
import { startMock } from "./start-mock.ts";

const mock = await startMock();
try {
  const headers = { authorization: "Bearer missive_pat-demo", "content-type": "application/json" };
  const show = async (label: string, path: string, init: RequestInit = {}) => {
    const response = await fetch(`${mock.url}${path}`, { ...init, headers });
    const text = await response.text();
    console.log(`\n$ ${init.method ?? "GET"} ${path}  →  ${response.status}`);
    console.log(text ? JSON.stringify(JSON.parse(text), null, 2).slice(0, 1_200) : "(no body)");
    return label;
  };
  console.log(`Missive mock (Prism) on ${mock.url}`);
  await show("inbox", "/conversations?inbox=true&limit=2");
  await show("post", "/posts", {
    method: "POST",
    body: JSON.stringify({
      posts: {
        conversation: "00f78fe9-f11a-4b4e-a502-67e6138d3b0f",
        notification: { title: "Ticket resolved", body: "Closed from missive-ts" },
        text: "Ticket #1234 was resolved.",
        close: true,
      },
    }),
  });
  await show("contacts", "/contacts?contact_book=487bc080-6631-4edc-830e-1d114eef4ab0&limit=1");
} finally {
  await mock.stop();
}
