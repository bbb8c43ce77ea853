package reel.page;

/**
 * The help overlay of the player's keyboard shortcuts. A closed {@code <dialog>} shows nothing, so the
 * page is the same without script; reel.js opens it with {@code ?} or its button, Escape closes it.
 * The keys listed here are the keys reel.js handles; PlayerPageTest and the browser test hold them together.
 */
final class ShortcutsDialog {

    static final Markup HTML = new Markup("""
            <dialog class="shortcuts" id="shortcuts" aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title">Keyboard shortcuts</h2>
            <dl>
            <div><dt><kbd>Space</kbd> or <kbd>K</kbd></dt><dd>Play or pause</dd></div>
            <div><dt><kbd>←</kbd> <kbd>→</kbd></dt><dd>Back or forward 5 seconds</dd></div>
            <div><dt><kbd>J</kbd> <kbd>L</kbd></dt><dd>Back or forward 10 seconds</dd></div>
            <div><dt><kbd>F</kbd></dt><dd>Full screen</dd></div>
            <div><dt><kbd>M</kbd></dt><dd>Mute or unmute</dd></div>
            <div><dt><kbd>&lt;</kbd> <kbd>&gt;</kbd></dt><dd>Slower or faster</dd></div>
            <div><dt><kbd>C</kbd></dt><dd>Subtitles on or off</dd></div>
            <div><dt><kbd>P</kbd> <kbd>N</kbd></dt><dd>Previous or next video</dd></div>
            <div><dt><kbd>?</kbd></dt><dd>Show this list</dd></div>
            </dl>
            <form method="dialog"><button class="button" type="submit" autofocus>Close</button></form>
            </dialog>
            """);

    private ShortcutsDialog() {
    }
}
