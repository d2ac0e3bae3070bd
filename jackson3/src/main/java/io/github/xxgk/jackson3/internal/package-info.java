/** The serializers and deserializers of the Jackson 3 module. Not API. */
package io.github.xxgk.jackson3.internal;
