#pragma once
// `PREFIX/bin/conda init SHELL`: conda edits the user's profile itself, outside gpu-setup's
// managed block, so every profile it may touch is read first and each change is journaled
// with a backup. Undo puts back the exact previous bytes, or, when the user (or gpu-setup's
// own profile block) has edited the file since, removes only the text conda inserted.
#include "actions/CommandOperation.h"
#include "advice/Plan.h"

#include <QMap>

#include <optional>

namespace gpusetup {

class CondaInitOperation : public Operation
{
    Q_OBJECT
public:
    // home "" = $HOME. The child runs with HOME=home, so conda edits the files backed up here.
    CondaInitOperation(const QString &id, const QString &prefix, const QString &shell,
                       const QString &home = QString(), QObject *parent = nullptr);

    QString title() const override;
    QStringList dryRun() const override;
    bool canUndo() const override { return true; }
    QStringList argv() const;
    // The files `conda init SHELL` may write for this user (Linux).
    QStringList profiles() const;
    static QStringList shells(); // bash zsh fish tcsh xonsh

protected:
    void doStart() override;
    void doCancel() override;
    void doUndo() override;

private:
    void collectChanges();

    QString m_prefix;
    QString m_shell;
    QString m_home;
    QMap<QString, std::optional<QByteArray>> m_before;
    QMap<QString, QByteArray> m_after;
    CommandOperation *m_cmd = nullptr;
};

// `conda tos accept --override-channels --channel URL` for each channel, only when the user
// has said yes (acceptTerms); Miniforge (conda-forge only) has no terms and runs nothing.
class CondaTosOperation : public CommandOperation
{
    Q_OBJECT
public:
    CondaTosOperation(const QString &id, const QString &prefix, const QString &channel,
                      bool acceptTerms, const QString &flavour = QString(),
                      QObject *parent = nullptr);
    QStringList dryRun() const override;
    static bool needsTerms(const QString &flavour, const QString &prefix);
    // The channels whose terms the plan's python.tos-accept steps accept ("" none): the wizard
    // asks once when this is not empty and the user has not agreed yet.
    static QStringList channelsToAccept(const Plan &plan);
    // The record of the user's agreement (the journal's, for the report): `how` says where
    // it was given ("in the wizard", "with --accept-conda-tos").
    static JournalEntry consentEntry(const QStringList &channels, const QString &how);

protected:
    void doStart() override;

private:
    bool m_accept;
    bool m_needed;
    QString m_channel;
};

} // namespace gpusetup
