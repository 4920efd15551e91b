/** Ribbon commands: none beyond showing the pane yet; the function file must still call Office.onReady. */
Office.onReady(() => {
  // Intentionally empty: ShowTaskpane actions need no code.
});
