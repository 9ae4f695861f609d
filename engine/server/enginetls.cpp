#include "enginetls.h"

#include "tlsidentity.h"
#include "tlssettings.h"

#include "http/httpsettings.h"

using namespace Qt::StringLiterals;

namespace novbe {

Result<EngineTls> engineTls(const QByteArray &configJson, const QDateTime &now)
{
    const Result<TlsSettings> settings = parseTlsSettings(configJson);
    if (!settings.ok())
        return settings.error();
    const Result<http::Settings> http = http::parseSettings(configJson);
    const bool httpsWanted = http.ok() && http->enabled && http->tls;
    EngineTls tls;
    if (!settings->enabled()) {
        if (httpsWanted)
            return makeError(ErrorCode::InvalidParams,
                             u"http: tls needs the \"tls\" section with mode \"required\""_s);
        tls.summary = settings->stated ? u"plain TCP (tls.mode \"off\")"_s
                                       : u"plain TCP (no \"tls\" section)"_s;
        if (!settings->stated)
            tls.warnings << u"tls: the config has no \"tls\" section, so the device port is "
                            "plain TCP; say {\"mode\": \"off\"} for a closed LAN, or set up TLS "
                            "(docs/security.md)"_s;
        return tls;
    }
    Result<ServerTls> identity = loadServerTls(*settings, now);
    if (!identity.ok())
        return identity.error();
    tls.listener = ListenerTls{identity->configuration, settings->handshakeTimeoutMs};
    tls.http = httpsWanted;
    tls.summary = u"TLS with "_s + identity->summary;
    tls.warnings = identity->warnings;
    return tls;
}

} // namespace novbe
