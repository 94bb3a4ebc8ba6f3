package io.github.activations.scripting;

/**
 * A script used the DSL wrongly: an unknown parameter, a value of the wrong kind, a word in the
 * wrong place. The message is one line, meant for the script's author; the runner adds the file
 * and line.
 */
public class DslException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line saying what is wrong and, where possible, what to write instead
     */
    public DslException(String message) {
        super(message);
    }
}
