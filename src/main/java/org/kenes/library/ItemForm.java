package org.kenes.library;

/** How an item is kept: a document with files, a short update, or a link to what lives elsewhere. */
public enum ItemForm {
    DOCUMENT, UPDATE, LINK
}
