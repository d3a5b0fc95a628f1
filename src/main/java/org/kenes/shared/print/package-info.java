/** Printing: PDFs rendered from Thymeleaf print templates with the fonts Kenes ships. */
package org.kenes.shared.print;
