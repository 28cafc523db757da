package jp.lg.platform.core.auth;

import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/**
 * A bearer token that was present but cannot be trusted (bad signature, expired, wrong issuer,
 * no tenant). Answered with 401 and {@code WWW-Authenticate: Bearer error="invalid_token"}.
 */
public final class InvalidTokenException extends ProblemException {

    public InvalidTokenException(String reason) {
        super(ProblemType.UNAUTHORIZED, "The access token was refused: " + reason
                + ". Get a new token from Keycloak and send it as 'Authorization: Bearer <token>'.");
    }
}
