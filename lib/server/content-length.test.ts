import http from "node:http";
import { describe, expect, it } from "vitest";
import { LENGTH_HEADER, restoreContentLength } from "./content-length.mjs";

/** A real response on a real socket: the header as a client receives it. */
async function served(handler: (res: http.ServerResponse) => void): Promise<http.IncomingHttpHeaders> {
  const server = http.createServer((_req, res) => {
    restoreContentLength(res);
    handler(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  try {
    return await new Promise((resolve, reject) => http.get({ port, host: "127.0.0.1" }, (res) => (res.resume(), res.on("end", () => resolve(res.headers)))).on("error", reject));
  } finally {
    server.close();
  }
}

describe("restoring Content-Length for a streamed file", () => {
  it("the length a handler names becomes Content-Length, and the marker never goes out", async () => {
    const headers = await served((res) => {
      res.appendHeader(LENGTH_HEADER, "5");
      res.end("hello");
    });
    expect(headers["content-length"]).toBe("5");
    expect(headers["transfer-encoding"]).toBeUndefined();
    expect(headers[LENGTH_HEADER]).toBeUndefined();
  });

  it("other headers pass as they were, and a value that is not a length is not used", async () => {
    const headers = await served((res) => {
      res.setHeader("X-Other", "1");
      res.appendHeader(LENGTH_HEADER, "five");
      res.write("hello");
      res.end();
    });
    expect(headers["x-other"]).toBe("1");
    expect(headers["content-length"]).toBeUndefined();
  });
});
