package org.kenes.network;

/** A ToR configuration file that cannot be used; the message names the file, the line and the field. */
public class InvalidNetworkConfiguration extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    InvalidNetworkConfiguration(String file, int line, String field, String problem) {
        super("Invalid network configuration " + file + ", line " + line
                + (field == null || field.isEmpty() ? "" : ", field '" + field + "'") + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
