import { describe, expect, it } from 'vitest'
import { alignTokens } from '../align/tokens'
import { digitsValue } from '../translation/features'
import { language } from '../translation/languages'
import { canonicalNumber, findNumbers, readDigits } from './numbers'

describe('numbers in digits, read one way', () => {
  it('reads a figure with the separators of its language', () => {
    expect(readDigits('1.500,25', { decimal: ',', group: '.' })).toEqual({ whole: '1500', fraction: '25' })
    expect(readDigits('1,500.25', { decimal: '.', group: ',' })).toEqual({ whole: '1500', fraction: '25' })
    expect(readDigits('12.03.2024', { decimal: ',', group: '.' })).toBeNull()
    expect(canonicalNumber('1.500')).toBe('1500')
    expect(canonicalNumber('3,5%')).toBe('3.5%')
    expect(canonicalNumber('007')).toBe('7')
    expect(canonicalNumber('12.03.2024')).toBe('12.03.2024')
    // The translation checks read the same digits, with the other language's separators.
    expect(digitsValue('1,500', language('en'))).toBe('1500')
    expect(digitsValue('1.500', language('sq'))).toBe('1500')
  })

  it('finds a percentage however it is written, and a number inside a compound', () => {
    const text = 'Rritja: 15%, 16 %, 17 për qind, 18 PËRQIND; vaksina COVID-19, jo G7.'
    expect(findNumbers(text).map((n) => [n.text, n.value])).toEqual([
      ['15%', '15%'],
      ['16 %', '16%'],
      ['17 për qind', '17%'],
      ['18 PËRQIND', '18%'],
      ['19', '19'],
    ])
  })

  it('gives the alignment the same values as the number check', () => {
    const text = 'Rritja ishte 15 për qind dhe 16 % në 1.500 shkolla.'
    const aligned = alignTokens(text).filter((t) => t.num).map((t) => t.fold)
    expect(aligned).toEqual(findNumbers(text).map((n) => n.value))
  })
})
