export { mirrorArticle, type Mirror, type MirrorUser } from './mirror'
export { currentVerdict, verdictsByCheck, type CheckVerdict, type VerdictEvent } from './verdicts'
