// The part of autocannon 8's API the bench uses (the package ships no types, and
// @types/autocannon is not a dependency). Latencies are in milliseconds.
declare module "autocannon" {
  type Histogram = { average: number; total: number; p50: number; p99: number };
  export type Result = {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  export type Options = { url: string; connections?: number; duration?: number; amount?: number; pipelining?: number; timeout?: number };
  /** A promise of the result that is also an emitter: "response" fires for every answer, with its time in milliseconds (not rounded, unlike the histograms). */
  export type Run = Promise<Result> & {
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): Run;
  };
  export default function autocannon(options: Options): Run;
}
