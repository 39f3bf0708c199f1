#pragma once
// SHA-256 / MD5 through OpenSSL's libcrypto: Qt 6.4's own SHA-256 is about 7x slower, which
// shows on a 4 GB runfile. MD5 only because some vendors still publish nothing better.
#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

struct evp_md_ctx_st;

namespace gpusetup {

class Hasher
{
public:
    enum class Algorithm { Sha256, Md5 };

    explicit Hasher(Algorithm algorithm = Algorithm::Sha256);
    ~Hasher();
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;

    Algorithm algorithm() const { return m_algorithm; }
    void reset();
    void addData(const char *data, qint64 size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    // Lower-case hex of everything added since the last reset(); the state is then reset.
    QByteArray resultHex();

    // "SHA-256" / "MD5", and the length of the hex digest (64 / 32).
    static QString name(Algorithm algorithm);
    static int hexLength(Algorithm algorithm);
    // True when hex is a digest of that algorithm (case-insensitive).
    static bool isValidHex(Algorithm algorithm, const QString &hex);

    // Adds the first `limit` bytes of path (all when -1), streaming 1 MiB chunks. progress is
    // called after each chunk with the bytes hashed so far; it returns false to stop (cancel).
    // False + one sentence in *error on a read error or a stop.
    bool addFile(const QString &path, qint64 limit, QString *error,
                 const std::function<bool(qint64)> &progress = {});

    // The lower-case hex SHA-256 of a file, or an empty string and one sentence in *error.
    static QString sha256File(const QString &path, QString *error = nullptr);
    static QString hashFile(Algorithm algorithm, const QString &path, QString *error = nullptr);

private:
    Algorithm m_algorithm;
    evp_md_ctx_st *m_ctx = nullptr;
};

} // namespace gpusetup
