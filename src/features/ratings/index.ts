// Public surface of the ratings feature (好差评): the packages/cases pages import from here only.
export { RatingForm } from './components/RatingForm'
export { RatingDetail } from './components/RatingDetail'
export { PendingRatings, MyRatings, PendingRatingsBanner } from './components/PendingRatings'
