// `import logo from './logo.png'`: the bundler would give a URL string.
module.exports = 'test-file-stub'
