import { connect, type Socket } from "node:net";

/**
 * A raw TCP client on 127.0.0.1, for the senders `fetch` cannot play (slow, endless, lying about
 * their size): what it received, how much the socket took, and whether the connection is gone.
 * The caller destroys `socket` when its test ends.
 */
export interface RawClient {
  socket: Socket;
  received: () => string;
  /** Bytes whose write the socket confirmed. */
  sent: () => number;
  /** Resolves when the connection is closed, by either side. */
  closed: Promise<void>;
  isClosed: () => boolean;
  /** Writes, counting the bytes; false once the connection is gone or the write failed. */
  write: (data: string | Uint8Array) => Promise<boolean>;
}

export async function rawClient(port: number): Promise<RawClient> {
  const socket = connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  let received = "";
  let sent = 0;
  let isClosed = false;
  socket.on("data", (chunk) => (received += chunk.toString("latin1")));
  socket.on("error", () => {}); // a reset after the server's answer is part of what is tested
  const closed = new Promise<void>((resolve) =>
    socket.once("close", () => {
      isClosed = true;
      resolve();
    }),
  );
  return {
    socket,
    received: () => received,
    sent: () => sent,
    closed,
    isClosed: () => isClosed,
    write: (data) =>
      new Promise((resolve) => {
        if (isClosed || socket.destroyed || !socket.writable) return resolve(false);
        socket.write(data, (error) => {
          if (!error) sent += typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;
          resolve(!error);
        });
      }),
  };
}
