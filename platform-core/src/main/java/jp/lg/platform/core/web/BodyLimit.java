package jp.lg.platform.core.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method's own request body limit in bytes, in place of the server's general one
 * ({@link RequestSizeLimit}): for file uploads, whose limit would be useless if the general
 * (smaller) one applied first. Oversized bodies are still refused with 413 before they are read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    /** The largest body the method accepts, in bytes. */
    long bytes();
}
