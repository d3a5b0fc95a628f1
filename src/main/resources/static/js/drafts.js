// Keeps what a person types in a long form in this browser tab until the server has it, so a session time-out or a
// lost connection never loses a draft. Forms opt in with data-draft-key; the page marks a saved draft with
// data-draft-saved="true", which forgets the browser's copy.
(function () {
  document.querySelectorAll('form[data-draft-key]').forEach(function (form) {
    var key = 'kenes-draft:' + form.getAttribute('data-draft-key');
    if (form.getAttribute('data-draft-saved') === 'true') {
      sessionStorage.removeItem(key);
    }
    var stored = sessionStorage.getItem(key);
    if (stored) {
      var values = JSON.parse(stored);
      form.querySelectorAll('textarea').forEach(function (area) {
        if (values[area.name] !== undefined && values[area.name] !== area.value && area.value === '') {
          area.value = values[area.name];
        }
      });
    }
    form.addEventListener('input', function () {
      var values = {};
      form.querySelectorAll('textarea').forEach(function (area) { values[area.name] = area.value; });
      sessionStorage.setItem(key, JSON.stringify(values));
    });
  });
})();
