// Switchable fault injection (429/503/504 + Retry-After, WIRE.md §13), latency and the request log.
import type { FaultSpec, RequestLogEntry } from './types';

export class Faults {
  private active: (FaultSpec & { re: RegExp | null; left: number }) | null = null;
  latencyMs = 0;

  set(f: FaultSpec | null): void {
    if (!f) { this.active = null; return; }
    if (![429, 503, 504].includes(f.status)) throw new Error(`fault status must be 429, 503 or 504, got ${f.status}`);
    this.active = { ...f, re: f.match ? toRegExp(f.match) : null, left: Math.max(0, Math.floor(f.count)) };
  }

  get current(): FaultSpec | null {
    return this.active && this.active.left > 0 ? { ...this.active, count: this.active.left } : null;
  }

  /** Consumes one fault if the request matches; returns it with its phase. */
  take(methods: string[], path: string): { status: number; retryAfter: number | undefined; phase: 'before' | 'after' } | null {
    const a = this.active;
    if (!a || a.left <= 0) return null;
    if (a.re && !methods.some((m) => a.re!.test(`${m} ${path}`))) return null;
    a.left--;
    return { status: a.status, retryAfter: a.retryAfterSeconds, phase: a.phase ?? 'before' };
  }
}

/** `/POST .*\/items$/i` (regex literal text) or a plain pattern, matched case-insensitively. */
function toRegExp(s: string): RegExp {
  const lit = /^\/(.*)\/([a-z]*)$/s.exec(s);
  return lit ? new RegExp(lit[1], lit[2]) : new RegExp(s, 'i');
}

export class RequestLog {
  private items: RequestLogEntry[] = [];
  constructor(private readonly max = 5000) {}
  add(e: RequestLogEntry): void {
    this.items.push(e);
    if (this.items.length > this.max) this.items.splice(0, this.items.length - this.max);
  }
  entries(): RequestLogEntry[] {
    return [...this.items];
  }
  clear(): void {
    this.items = [];
  }
}
