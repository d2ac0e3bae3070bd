/** Implementation of the archive module: the HTML page and its SVG charts, the bounds of cells. Not API. */
package io.github.xxgk.archive.internal;
