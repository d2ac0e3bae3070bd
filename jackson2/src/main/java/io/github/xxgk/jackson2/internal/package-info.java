/** The serializers and deserializers of the Jackson 2 module. Not API. */
package io.github.xxgk.jackson2.internal;
