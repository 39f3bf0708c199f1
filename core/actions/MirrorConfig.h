#pragma once
// ~/.condarc and ~/.config/pip/pip.conf pointed at a package mirror (official / TUNA / USTC /
// BFSU, URLs from miniconda.json). Pure text transforms: only gpu-setup's keys change (conda:
// channels, default_channels, custom_channels, show_channel_urls; pip: [global] index-url and
// trusted-host), every other byte stays; a file too unusual to edit safely is refused.
#include "knowledge/Knowledge.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace gpusetup {

struct MirrorSpec
{
    QString key;      // "official", "tuna", "ustc", "bfsu"
    QString name;     // "TUNA (Tsinghua University)"; "official servers"
    QString condarc;  // the data's .condarc text; "" = official (our keys removed)
    QString pipIndex; // [global] index-url; "" = official (removed)
    bool unverified = false;
};

// The outcome of editing one file's text.
struct MirrorEdit
{
    bool ok = false;
    QString error; // one sentence when !ok: why the file was left alone
    bool existed = false;
    QByteArray before;
    QByteArray after;
    bool changed() const { return ok && (after != before || (!existed && !after.isEmpty())); }
    QStringList diff() const; // "- old" / "+ new" lines
};

// What a home's files say now, for `gpu-setup mirror show`.
struct MirrorState
{
    QString condarcPath;
    bool condarcExists = false;
    QString condaMirror; // "official" (none of our keys), a mirror key, or "custom"
    QStringList condaUrls;
    QString pipConfPath;
    QString pipIndexUrl;  // "" = pip's default
    QString pipMirror;    // "official", a mirror key, or "custom"
    QString pipIndexFrom; // the file or variable that sets it
};

class MirrorConfig
{
public:
    static QStringList keys(); // official, tuna, ustc, bfsu
    static std::optional<MirrorSpec> spec(const QString &key, const Knowledge &kb,
                                          QString *why = nullptr);
    // The mirror whose data holds this snippet / index url (operationForStep's edit steps).
    static std::optional<MirrorSpec> specForCondarc(const QString &condarc, const Knowledge &kb);
    static std::optional<MirrorSpec> specForPipIndex(const QString &url, const Knowledge &kb);

    static QString condarcPath(const QString &home);
    static QString pipConfPath(const QString &home);

    // snippet "" removes our keys (official). `exists` = the file is there (maybe empty).
    static MirrorEdit editCondarc(const std::optional<QByteArray> &current, const QString &snippet);
    // indexUrl "" removes index-url (official); trusted-host only for plain-http indexes.
    static MirrorEdit editPipConf(const std::optional<QByteArray> &current,
                                  const QString &indexUrl);
    // Reads both files (and ~/.pip/pip.conf, $PIP_INDEX_URL when `env` is true).
    static MirrorState show(const QString &home, const Knowledge &kb, bool env = true);
    static QStringList condaManagedKeys();
};

} // namespace gpusetup
