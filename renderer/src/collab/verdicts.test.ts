import { describe, expect, it } from 'vitest'
import { currentVerdict, verdictsByCheck, type VerdictEvent } from './verdicts'

const event = (overrides: Partial<VerdictEvent>): VerdictEvent => ({
  id: 'e1',
  checkId: 'q1|s1',
  verdict: 'confirmed',
  note: '',
  quoteText: 'folën për paqen',
  by: 'Ana',
  at: 1_000,
  ...overrides,
})

describe('the current verdict of a check', () => {
  it('is none without events', () => {
    expect(currentVerdict([])).toEqual({ current: null, history: [] })
  })

  it('is the latest event; the others are its history, newest first', () => {
    const events = [
      event({ id: 'e1', verdict: 'confirmed', at: 1_000 }),
      event({ id: 'e3', verdict: 'follow-up', note: 'Pyet zëdhënësin', by: 'Besa', at: 3_000 }),
      event({ id: 'e2', verdict: 'misquote', at: 2_000 }),
    ]
    expect(currentVerdict(events)).toEqual({
      current: events[1],
      history: [
        { verdict: 'misquote', note: '', by: 'Ana', at: 2_000 },
        { verdict: 'confirmed', note: '', by: 'Ana', at: 1_000 },
      ],
    })
  })

  it('breaks a tie in time by the greater name, then the greater id, whatever order the events came in', () => {
    const ana = event({ id: 'z', by: 'Ana', verdict: 'confirmed' })
    const besa = event({ id: 'a', by: 'Besa', verdict: 'misquote' })
    const besaAgain = event({ id: 'b', by: 'Besa', verdict: 'follow-up' })
    expect(currentVerdict([ana, besa, besaAgain]).current).toBe(besaAgain)
    expect(currentVerdict([besaAgain, besa, ana]).current).toBe(besaAgain)
    expect(currentVerdict([ana, besa]).current).toBe(besa)
  })

  it('can be a withdrawal: the verdict is null and the one withdrawn is history', () => {
    const { current, history } = currentVerdict([event({ id: 'e1' }), event({ id: 'e2', verdict: null, quoteText: null, by: 'Besa', at: 2_000 })])
    expect(current).toMatchObject({ verdict: null, by: 'Besa' })
    expect(history).toEqual([{ verdict: 'confirmed', note: '', by: 'Ana', at: 1_000 }])
  })

  it('is worked out per check', () => {
    const byCheck = verdictsByCheck([event({ id: 'e1', checkId: 'q1|s1' }), event({ id: 'e2', checkId: 'q2|s1', verdict: 'misquote' })])
    expect([...byCheck.keys()]).toEqual(['q1|s1', 'q2|s1'])
    expect(byCheck.get('q2|s1')?.current?.verdict).toBe('misquote')
    expect(byCheck.get('q1|s1')?.history).toEqual([])
  })
})
