// `import './index.scss'` in components: styles have no meaning in jsdom.
module.exports = {}
