// HTML checks for every built page (tests/quality/). Two rules of the recommended set are adjusted:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are editors' headlines (up to 140 characters) followed by the site's title.
    'long-title': 'off',
    // Day anchors such as id="2021-11-30" are valid HTML5; the strict rule wants a leading letter.
    'valid-id': ['error', { relaxed: true }],
  },
};
