// libFuzzer entry: the centre configuration loader (common/core/configloader.h)
// on arbitrary bytes. A config it accepts must load again from its own
// device, service and operator entries consistently: every lookup of an id
// the config lists finds it. Anything else is an error with a message. The
// engine's own sections of the same file go through their parsers too: "tls"
// (engine/server/tlssettings.h) and "http" (engine/http/httpsettings.h).

#include "core/configloader.h"
#include "fuzzcheck.h"
#include "http/httpsettings.h"
#include "server/tlssettings.h"

#include <cstdint>
#include <cstdlib>

using namespace novbe;
using novbe::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<TlsSettings> tls = parseTlsSettings(json);
    if (!tls.ok())
        check(tls.error().message.startsWith(QStringLiteral("tls: ")));
    else if (tls->enabled())
        check(!tls->certificate.isEmpty() && !tls->key.isEmpty() && tls->stated);
    const Result<http::Settings> http = http::parseSettings(json);
    check(http.ok() || !http.error().message.isEmpty());
    const Result<CentreConfig> config = parseCentreConfig(json);
    if (!config.ok()) {
        check(!config.error().message.isEmpty());
        return 0;
    }
    for (const DeviceConfig &device : config->devices)
        check(config->device(device.id) != nullptr);
    for (const OperatorConfig &op : config->operators)
        check(config->findOperator(op.id) != nullptr);
    return 0;
}
