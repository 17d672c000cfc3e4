import { decodeAnswers, encodeAnswers } from './answersParam'

describe('situation answers in a route', () => {
  it('round-trips question ids and option values, and drops anything else', () => {
    const answers = { child_age: 'under1', born_in_province: 'yes' }
    expect(decodeAnswers(encodeAnswers(answers))).toEqual(answers)
    expect(decodeAnswers('child_age:under1,name:王小雨,x:y:z,<script>:1,')).toEqual({ child_age: 'under1' })
    expect(decodeAnswers(undefined)).toEqual({})
    expect(decodeAnswers(encodeURIComponent(encodeAnswers(answers)))).toEqual(answers)
    expect(decodeAnswers('%E0%A4%A')).toEqual({})
  })
})
