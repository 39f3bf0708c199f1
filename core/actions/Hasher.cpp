#include "actions/Hasher.h"

#include <QFile>
#include <QRegularExpression>

#include <openssl/evp.h>

#include <memory>

namespace gpusetup {

namespace {
const EVP_MD *mdFor(Hasher::Algorithm a)
{
    return a == Hasher::Algorithm::Md5 ? EVP_md5() : EVP_sha256();
}
} // namespace

Hasher::Hasher(Algorithm algorithm) : m_algorithm(algorithm), m_ctx(EVP_MD_CTX_new())
{
    reset();
}

Hasher::~Hasher()
{
    EVP_MD_CTX_free(m_ctx);
}

void Hasher::reset()
{
    EVP_DigestInit_ex(m_ctx, mdFor(m_algorithm), nullptr);
}

void Hasher::addData(const char *data, qint64 size)
{
    if (size > 0) EVP_DigestUpdate(m_ctx, data, size_t(size));
}

QByteArray Hasher::resultHex()
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx, md, &len);
    reset();
    return QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex();
}

QString Hasher::name(Algorithm algorithm)
{
    return algorithm == Algorithm::Md5 ? QStringLiteral("MD5") : QStringLiteral("SHA-256");
}

int Hasher::hexLength(Algorithm algorithm)
{
    return algorithm == Algorithm::Md5 ? 32 : 64;
}

bool Hasher::isValidHex(Algorithm algorithm, const QString &hex)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]+$"));
    return hex.size() == hexLength(algorithm) && re.match(hex).hasMatch();
}

bool Hasher::addFile(const QString &path, qint64 limit, QString *error,
                     const std::function<bool(qint64)> &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) *error = QStringLiteral("Cannot read %1: %2.").arg(path, f.errorString());
        return false;
    }
    constexpr qint64 kChunk = 1 << 20;
    std::unique_ptr<char[]> buf(new char[kChunk]);
    qint64 done = 0;
    while (limit < 0 || done < limit) {
        const qint64 want = limit < 0 ? kChunk : std::min(kChunk, limit - done);
        const qint64 n = f.read(buf.get(), want);
        if (n < 0) {
            if (error) *error = QStringLiteral("Cannot read %1: %2.").arg(path, f.errorString());
            return false;
        }
        if (n == 0) break;
        addData(buf.get(), n);
        done += n;
        if (progress && !progress(done)) {
            if (error) *error = QStringLiteral("Hashing %1 was stopped.").arg(path);
            return false;
        }
    }
    if (limit >= 0 && done < limit) {
        if (error) *error = QStringLiteral("%1 is shorter than expected.").arg(path);
        return false;
    }
    return true;
}

QString Hasher::hashFile(Algorithm algorithm, const QString &path, QString *error)
{
    Hasher h(algorithm);
    if (!h.addFile(path, -1, error)) return {};
    return QString::fromLatin1(h.resultHex());
}

QString Hasher::sha256File(const QString &path, QString *error)
{
    return hashFile(Algorithm::Sha256, path, error);
}

} // namespace gpusetup
