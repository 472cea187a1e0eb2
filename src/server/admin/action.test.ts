import { afterEach, describe, expect, it, vi } from 'vitest';

const caller = vi.hoisted(() => ({ current: { ok: true, user: { id: 'u1', email: 'koordinaattori@example.test', role: 'COORDINATOR' } } as unknown }));
const refreshed = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/server/auth/session', () => ({ authorizeAction: async () => caller.current }));
vi.mock('@/server/auth/request-context', () => ({ requestContext: () => ({ refresh: async () => void refreshed.count++ }) }));

const { defineAction } = await import('./action');

type Result = { ok: true; done: 'saved' } | { ok: false; code: 'INVALID' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'ERROR' };

const action = (run: () => Promise<Result>) =>
  defineAction<string, Result>({
    name: 'test.save',
    roles: ['ADMIN', 'COORDINATOR'],
    parse: (formData) => {
      const name = formData.get('name');
      return typeof name === 'string' && name ? { ok: true, input: name } : { ok: false, result: { ok: false, code: 'INVALID' } };
    },
    run,
  });

const form = (name?: string) => {
  const data = new FormData();
  if (name !== undefined) data.set('name', name);
  return data;
};

afterEach(() => {
  refreshed.count = 0;
  caller.current = { ok: true, user: { id: 'u1', email: 'koordinaattori@example.test', role: 'COORDINATOR' } };
  vi.restoreAllMocks();
});

describe('defineAction', () => {
  it('refuses a caller without the role before reading the form', async () => {
    caller.current = { ok: false, code: 'FORBIDDEN' };
    const run = vi.fn(async (): Promise<Result> => ({ ok: true, done: 'saved' }));
    expect(await action(run)(null, form('x'))).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(run).not.toHaveBeenCalled();
  });

  it('answers bad input without running the action, and re-renders only after a success', async () => {
    const run = vi.fn(async (): Promise<Result> => ({ ok: true, done: 'saved' }));
    expect(await action(run)(null, form())).toEqual({ ok: false, code: 'INVALID' });
    expect(run).not.toHaveBeenCalled();
    expect(refreshed.count).toBe(0);
    expect(await action(run)(null, form('x'))).toEqual({ ok: true, done: 'saved' });
    expect(refreshed.count).toBe(1);
  });

  it('logs an unexpected error and answers with the translated ERROR code instead of a crash', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await action(async () => {
      throw new Error('connection reset');
    })(null, form('x'));
    expect(result).toEqual({ ok: false, code: 'ERROR' });
    expect(log).toHaveBeenCalledWith('[admin] action test.save failed:', expect.any(Error));
    expect(refreshed.count).toBe(0);
  });
});
