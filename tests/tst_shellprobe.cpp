// The shell probe: passwd parsing, profile scanning (managed block, conda block, hand-written
// CUDA lines, CRLF), symlinked profiles, and the system-wide files, over small snapshots.
#include "TestSnapshot.h"
#include "host/SnapshotHost.h"
#include "probe/ShellProbe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <unistd.h>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

const ProfileFile *profileOf(const ShellFacts &f, const QString &rel)
{
    for (const ProfileFile &p : f.profiles)
        if (p.path == QStringLiteral("/home/student/") + rel) return &p;
    return nullptr;
}

const QByteArray kPasswd = "root:x:0:0:root:/root:/bin/bash\n"
                           "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                           "stud:x:999:999::/home/stud:/bin/sh\n"
                           "student:x:1000:1000:Student,,,:/home/student:/usr/bin/zsh\n";

const QByteArray kBashrcWithBlock = "# ~/.bashrc\n"                                           // 1
                                    "export PATH=/usr/local/cuda-11.8/bin:$PATH\n"            // 2
                                    "alias ll='ls -l'\n"                                      // 3
                                    "# >>> gpu-setup >>>\n"                                   // 4
                                    "export PATH=/usr/local/cuda-12.4/bin${PATH:+:${PATH}}\n" // 5
                                    "export LD_LIBRARY_PATH=/usr/local/cuda-12.4/lib64\n"     // 6
                                    "# <<< gpu-setup <<<\n"                                   // 7
                                    "export CUDA_HOME=/usr/local/cuda\n";                     // 8

} // namespace

class TestShellProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwd_data()
    {
        QTest::addColumn<QString>("passwd");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("shell");
        QTest::addColumn<bool>("found");
        QTest::newRow("normal") << QString::fromLatin1(kPasswd) << "student"
                                << "/usr/bin/zsh" << true;
        QTest::newRow("root") << QString::fromLatin1(kPasswd) << "root"
                              << "/bin/bash" << true;
        QTest::newRow("prefix-user-not-confused") << QString::fromLatin1(kPasswd) << "stud"
                                                  << "/bin/sh" << true;
        QTest::newRow("nologin") << QString::fromLatin1(kPasswd) << "daemon"
                                 << "/usr/sbin/nologin" << true;
        QTest::newRow("missing-user") << QString::fromLatin1(kPasswd) << "alice"
                                      << "" << false;
        QTest::newRow("empty-shell-field") << "student:x:1000:1000::/home/student:\n"
                                           << "student"
                                           << "/bin/sh" << true;
        QTest::newRow("six-fields") << "student:x:1000:1000::/home/student\n"
                                    << "student"
                                    << "/bin/sh" << true;
        QTest::newRow("too-few-fields") << "student:x:1000\n"
                                        << "student"
                                        << "" << false;
        QTest::newRow("crlf") << "student:x:1000:1000::/home/student:/bin/bash\r\n"
                              << "student"
                              << "/bin/bash" << true;
        QTest::newRow("no-final-newline") << "student:x:1000:1000::/home/student:/usr/bin/fish"
                                          << "student"
                                          << "/usr/bin/fish" << true;
        QTest::newRow("comment-and-nis") << "# "
                                            "student:x:1:1::/h:/bin/csh\n+student::::::/bin/"
                                            "tcsh\nstudent:x:1000:1000::/home/student:/bin/bash\n"
                                         << "student"
                                         << "/bin/bash" << true;
        QTest::newRow("first-line-wins") << "student:x:1000:1000::/home/student:/bin/"
                                            "bash\nstudent:x:1000:1000::/home/student:/bin/zsh\n"
                                         << "student"
                                         << "/bin/bash" << true;
        QTest::newRow("empty-file") << ""
                                    << "student"
                                    << "" << false;
        QTest::newRow("garbage") << "\x01\x02\x03\n:::::::\n"
                                 << "student"
                                 << "" << false;
        QTest::newRow("empty-user") << QString::fromLatin1(kPasswd) << ""
                                    << "" << false;
    }
    void passwd()
    {
        QFETCH(QString, passwd);
        QFETCH(QString, user);
        QFETCH(QString, shell);
        QFETCH(bool, found);
        bool f = !found;
        QCOMPARE(loginShellFromPasswd(passwd, user, &f), shell);
        QCOMPARE(f, found);
    }

    void shellKind()
    {
        QCOMPARE(shellKindOf("/bin/bash"), QStringLiteral("bash"));
        QCOMPARE(shellKindOf("/usr/bin/zsh"), QStringLiteral("zsh"));
        QCOMPARE(shellKindOf("/usr/local/bin/fish"), QStringLiteral("fish"));
        QCOMPARE(shellKindOf("/bin/dash"), QStringLiteral("other"));
        QCOMPARE(shellKindOf("/usr/sbin/nologin"), QStringLiteral("other"));
        QCOMPARE(shellKindOf("bash"), QStringLiteral("bash"));
        QCOMPARE(shellKindOf(""), QString());
    }

    // One line each: is it a hand-written CUDA line, and which variable does it set?
    void cudaLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("variable");
        QTest::newRow("export-path") << "export PATH=/usr/local/cuda-11.8/bin:$PATH"
                                     << "PATH";
        QTest::newRow("path-append") << "PATH=$PATH:/usr/local/cuda/bin"
                                     << "PATH";
        QTest::newRow("path-plus-equals") << "PATH+=\":/usr/local/cuda/bin\""
                                          << "PATH";
        QTest::newRow("ld-library-path")
            << "export LD_LIBRARY_PATH=/usr/local/cuda/lib64${LD_LIBRARY_PATH:+:${LD_LIBRARY_PATH}}"
            << "LD_LIBRARY_PATH";
        QTest::newRow("cuda-home") << "export CUDA_HOME=/usr/local/cuda"
                                   << "CUDA_HOME";
        QTest::newRow("cuda-path-indented") << "    export CUDA_PATH=\"/usr/local/cuda-12.1\""
                                            << "CUDA_PATH";
        QTest::newRow("cudnn") << "export LD_LIBRARY_PATH=/opt/cudnn-8.9/lib:$LD_LIBRARY_PATH"
                               << "LD_LIBRARY_PATH";
        QTest::newRow("in-if")
            << "if [ -d /usr/local/cuda ]; then export PATH=/usr/local/cuda/bin:$PATH; fi"
            << "PATH";
        QTest::newRow("declare-x") << "declare -x CUDA_HOME=/usr/local/cuda"
                                   << "CUDA_HOME";
        QTest::newRow("fish-set-gx") << "set -gx PATH /usr/local/cuda/bin $PATH"
                                     << "PATH";
        QTest::newRow("fish-set-x") << "set -x CUDA_HOME /usr/local/cuda"
                                    << "CUDA_HOME";
        QTest::newRow("fish-add-path") << "fish_add_path /usr/local/cuda/bin"
                                       << "fish_add_path";
        QTest::newRow("fish-user-paths")
            << "set -U fish_user_paths /usr/local/cuda/bin $fish_user_paths"
            << "fish_user_paths";
        QTest::newRow("comment") << "# export PATH=/usr/local/cuda/bin:$PATH"
                                 << "";
        QTest::newRow("indented-comment") << "   #export CUDA_HOME=/usr/local/cuda"
                                          << "";
        QTest::newRow("cuda-only-in-comment") << "export PATH=$HOME/bin:$PATH # cuda later"
                                              << "";
        QTest::newRow("alias") << "alias nvcc=/usr/local/cuda/bin/nvcc"
                               << "";
        QTest::newRow("echo") << "echo \"cuda is great\""
                              << "";
        QTest::newRow("other-variable") << "export MY_CUDA_DIR=/usr/local/cuda"
                                        << "";
        QTest::newRow("path-without-cuda") << "export PATH=$HOME/.local/bin:$PATH"
                                           << "";
        QTest::newRow("hash-in-quotes") << "export PATH=\"/opt/a#b/cuda/bin:$PATH\""
                                        << "PATH";
        QTest::newRow("empty") << ""
                               << "";
    }
    void cudaLine()
    {
        QFETCH(QString, line);
        QFETCH(QString, variable);
        const ProfileFile p = scanProfileText(line + "\n");
        if (variable.isEmpty()) {
            QCOMPARE(p.cudaLines.size(), 0);
        } else {
            QCOMPARE(p.cudaLines.size(), 1);
            QCOMPARE(p.cudaLines[0].line, 1);
            QCOMPARE(p.cudaLines[0].text, line);
            QCOMPARE(p.cudaLines[0].variable, variable);
        }
    }

    void blockPresent()
    {
        const ProfileFile p = scanProfileText(QString::fromLatin1(kBashrcWithBlock));
        QCOMPARE(p.block, FactState::Found);
        QCOMPARE(p.blockStart, 4);
        QCOMPARE(p.blockEnd, 7);
        QVERIFY(p.blockProblem.isEmpty());
        QVERIFY(!p.condaBlock);
        QVERIFY(!p.crlf);
        // The block's own lines are not hand-written; lines 2 and 8 are.
        QCOMPARE(p.cudaLines.size(), 2);
        QCOMPARE(p.cudaLines[0].line, 2);
        QCOMPARE(p.cudaLines[0].text, QStringLiteral("export PATH=/usr/local/cuda-11.8/bin:$PATH"));
        QCOMPARE(p.cudaLines[1].line, 8);
        QCOMPARE(p.cudaLines[1].variable, QStringLiteral("CUDA_HOME"));
    }

    void brokenBlocks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("handLines");
        QTest::newRow("start-without-end")
            << "a=1\n# >>> gpu-setup >>>\nexport PATH=/usr/local/cuda/bin:$PATH\n"
            << 2 << -1 << "start marker at line 2 has no end marker" << 0;
        QTest::newRow("end-without-start")
            << "export PATH=/usr/local/cuda/bin:$PATH\n# <<< gpu-setup <<<\n"
            << -1 << -1 << "end marker at line 2 without a start marker" << 1;
        QTest::newRow("end-before-start")
            << "# <<< gpu-setup <<<\n# >>> gpu-setup >>>\n"
            << 2 << -1 << "end marker at line 1 without a start marker" << 0;
        QTest::newRow("nested-start")
            << "# >>> gpu-setup >>>\n# >>> gpu-setup >>>\n# <<< gpu-setup <<<\n"
            << 1 << 3 << "second start marker at line 2" << 0;
        QTest::newRow("two-blocks") << "# >>> gpu-setup >>>\n# <<< gpu-setup <<<\nx\n# >>> "
                                       "gpu-setup >>>\n# <<< gpu-setup <<<\n"
                                    << 1 << 2 << "2 gpu-setup blocks" << 0;
    }
    void brokenBlocks()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, problem);
        QFETCH(int, handLines);
        const ProfileFile p = scanProfileText(text);
        QCOMPARE(p.block, FactState::Broken);
        QCOMPARE(p.blockStart, start);
        QCOMPARE(p.blockEnd, end);
        QVERIFY2(p.blockProblem.contains(problem), qPrintable(p.blockProblem));
        QCOMPARE(p.cudaLines.size(), handLines);
    }

    void markerVariants()
    {
        // Indented markers with trailing blanks still count; a marker inside text does not.
        const ProfileFile p = scanProfileText(
            "  # >>> gpu-setup >>>  \n\t# <<< gpu-setup <<<\t\necho '# >>> gpu-setup >>>'\n");
        QCOMPARE(p.block, FactState::Found);
        QCOMPARE(p.blockStart, 1);
        QCOMPARE(p.blockEnd, 2);
        const ProfileFile none = scanProfileText("");
        QCOMPARE(none.block, FactState::Absent);
        QCOMPARE(none.blockStart, -1);
        QVERIFY(none.cudaLines.isEmpty());
    }

    void condaBlock()
    {
        const QString text = "export PATH=/usr/local/cuda/bin:$PATH\n"
                             "# >>> conda initialize >>>\n"
                             "# !! Contents within this block are managed by 'conda init' !!\n"
                             "__conda_setup=\"$('/home/student/miniconda3/bin/conda' 'shell.bash' "
                             "'hook' 2> /dev/null)\"\n"
                             "export PATH=\"/home/student/miniconda3/envs/cuda/bin:$PATH\"\n"
                             "# <<< conda initialize <<<\n"
                             "export CUDA_HOME=/usr/local/cuda\n";
        const ProfileFile p = scanProfileText(text);
        QVERIFY(p.condaBlock);
        QCOMPARE(p.condaStart, 2);
        QCOMPARE(p.condaEnd, 6);
        QCOMPARE(p.block, FactState::Absent);
        QCOMPARE(p.cudaLines.size(), 2);
        QCOMPARE(p.cudaLines[0].line, 1);
        QCOMPARE(p.cudaLines[1].line, 7);
    }

    void crlf()
    {
        QByteArray text = kBashrcWithBlock;
        text.replace("\n", "\r\n");
        const ProfileFile p = scanProfileText(QString::fromLatin1(text));
        QVERIFY(p.crlf);
        QCOMPARE(p.block, FactState::Found);
        QCOMPARE(p.blockStart, 4);
        QCOMPARE(p.blockEnd, 7);
        QCOMPARE(p.cudaLines.size(), 2);
        QCOMPARE(p.cudaLines[0].text, QStringLiteral("export PATH=/usr/local/cuda-11.8/bin:$PATH"));
    }

    void probeFullHome()
    {
        SnapshotBuilder s;
        s.file("/etc/passwd", kPasswd);
        s.env("SHELL", "/bin/bash"); // passwd wins
        s.file("/home/student/dotfiles/bashrc", kBashrcWithBlock);
        s.link("/home/student/dotfiles/bashrc", "/home/student/.bashrc");
        s.link("dotfiles/missing", "/home/student/.bash_profile");
        QByteArray profile = "if [ -n \"$BASH_VERSION\" ]; then . \"$HOME/.bashrc\"; fi\nexport "
                             "PATH=/usr/local/cuda/bin:$PATH\n";
        profile.replace("\n", "\r\n");
        s.file("/home/student/.profile", profile);
        s.file("/home/student/.zshrc",
               "# >>> conda initialize >>>\n__conda_setup=x\n# <<< conda initialize <<<\n# >>> "
               "gpu-setup >>>\nexport PATH=/usr/local/cuda/bin:$PATH\n");
        s.file("/home/student/.config/fish/config.fish",
               "set -gx PATH /usr/local/cuda-12.1/bin $PATH\nfish_add_path /opt/cudnn/bin\n");
        s.file("/etc/profile.d/cuda.sh", "# CUDA\nexport PATH=/usr/local/cuda/bin:$PATH\nexport "
                                         "LD_LIBRARY_PATH=/usr/local/cuda/lib64\n");
        s.file("/etc/profile.d/bash_completion.sh",
               "export PATH=/usr/local/cuda/bin:$PATH\n"); // not *cuda*: ignored
        s.file("/etc/environment", "PATH=\"/usr/local/sbin:/usr/local/bin:/usr/bin:/bin:/usr/local/"
                                   "cuda/bin\"\n# CUDA_HOME=/x/cuda\n");
        auto host = s.open();
        QVERIFY(host);
        const ShellFacts f = probeShell(*host, 1000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.loginShell, QStringLiteral("/usr/bin/zsh"));
        QCOMPARE(f.shellKind, QStringLiteral("zsh"));
        QCOMPARE(f.shellSource, QStringLiteral("/etc/passwd"));
        QCOMPARE(f.profiles.size(), 7);

        const ProfileFile *bashrc = profileOf(f, ".bashrc");
        QVERIFY(bashrc);
        QVERIFY(bashrc->exists);
        QVERIFY(bashrc->isSymlink);
        QCOMPARE(bashrc->linkTarget, QStringLiteral("/home/student/dotfiles/bashrc"));
        QCOMPARE(bashrc->resolvedPath, QStringLiteral("/home/student/dotfiles/bashrc"));
        QCOMPARE(bashrc->block, FactState::Found);
        QCOMPARE(bashrc->cudaLines.size(), 2);
        QCOMPARE(bashrc->cudaLines[0].file, QStringLiteral("/home/student/.bashrc"));

        const ProfileFile *bashProfile = profileOf(f, ".bash_profile");
        QVERIFY(!bashProfile->exists);
        QVERIFY(bashProfile->isSymlink);
        QCOMPARE(bashProfile->linkTarget, QStringLiteral("dotfiles/missing"));
        QCOMPARE(bashProfile->resolvedPath, QString());

        QVERIFY(!profileOf(f, ".bash_login")->exists);
        QVERIFY(!profileOf(f, ".bash_login")->isSymlink);
        QVERIFY(!profileOf(f, ".zprofile")->exists);

        const ProfileFile *dotProfile = profileOf(f, ".profile");
        QVERIFY(dotProfile->crlf);
        QCOMPARE(dotProfile->cudaLines.size(), 1);
        QCOMPARE(dotProfile->cudaLines[0].line, 2);
        QCOMPARE(dotProfile->cudaLines[0].text,
                 QStringLiteral("export PATH=/usr/local/cuda/bin:$PATH"));

        const ProfileFile *zshrc = profileOf(f, ".zshrc");
        QVERIFY(zshrc->condaBlock);
        QCOMPARE(zshrc->block, FactState::Broken);
        QCOMPARE(zshrc->blockStart, 4);
        QVERIFY(zshrc->cudaLines.isEmpty());

        const ProfileFile *fish = profileOf(f, ".config/fish/config.fish");
        QVERIFY(fish->exists);
        QCOMPARE(fish->cudaLines.size(), 2);
        QCOMPARE(fish->cudaLines[0].variable, QStringLiteral("PATH"));
        QCOMPARE(fish->cudaLines[1].variable, QStringLiteral("fish_add_path"));

        QCOMPARE(f.systemProfileFiles, QStringList{"/etc/profile.d/cuda.sh"});
        QCOMPARE(f.systemCudaLines.size(), 3);
        QCOMPARE(f.systemCudaLines[0].file, QStringLiteral("/etc/profile.d/cuda.sh"));
        QCOMPARE(f.systemCudaLines[0].line, 2);
        QCOMPARE(f.systemCudaLines[1].variable, QStringLiteral("LD_LIBRARY_PATH"));
        QCOMPARE(f.systemCudaLines[2].file, QStringLiteral("/etc/environment"));
        QCOMPARE(f.systemCudaLines[2].line, 1);
        QCOMPARE(f.systemCudaLines[2].variable, QStringLiteral("PATH"));

        const QStringList lines = describeShell(f);
        const QString all = lines.join('\n');
        QVERIFY(lines.contains("login shell /usr/bin/zsh (zsh)"));
        QVERIFY(all.contains("/home/student/.bashrc (a link to /home/student/dotfiles/bashrc): "
                             "gpu-setup block at lines 4-7"));
        QVERIFY(all.contains("/home/student/.bashrc line 2, CUDA set by hand: export "
                             "PATH=/usr/local/cuda-11.8/bin:$PATH"));
        QVERIFY(all.contains("/home/student/.zshrc: broken gpu-setup block, the start marker at "
                             "line 4 has no end marker"));
        QVERIFY(all.contains("/home/student/.profile: has Windows (CRLF) line endings"));
        QVERIFY(all.contains(
            "/home/student/.bash_profile is a link to dotfiles/missing, which does not exist"));
        QVERIFY(all.contains("/etc/environment line 1, system-wide CUDA setting"));

        // JSON round trip keeps every profile field.
        const Json j = f;
        const ShellFacts back = j.get<ShellFacts>();
        QCOMPARE(back.profiles.size(), 7);
        QCOMPARE(back.profiles[0].cudaLines, f.profiles[0].cudaLines);
        QCOMPARE(back.profiles[0].linkTarget, f.profiles[0].linkTarget);
        QCOMPARE(back.profiles[4].block, FactState::Broken);
        QCOMPARE(back.systemCudaLines, f.systemCudaLines);
        QCOMPARE(back.evidence, f.evidence);
    }

    void probeNoProfilesAtAll()
    {
        SnapshotBuilder s;
        s.env("SHELL", "/usr/bin/fish"); // no /etc/passwd line: a directory (LDAP) user
        s.file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\n");
        s.file("/home/student/.cache/x", "");
        auto host = s.open();
        const ShellFacts f = probeShell(*host, 1000);
        QCOMPARE(f.state, FactState::Found);
        QCOMPARE(f.loginShell, QStringLiteral("/usr/bin/fish"));
        QCOMPARE(f.shellKind, QStringLiteral("fish"));
        QCOMPARE(f.shellSource, QStringLiteral("env SHELL"));
        QCOMPARE(f.profiles.size(), 7);
        for (const ProfileFile &p : f.profiles) {
            QVERIFY(!p.exists);
            QVERIFY(!p.isSymlink);
            QCOMPARE(p.block, FactState::Absent);
        }
        QVERIFY(f.systemProfileFiles.isEmpty());
        QVERIFY(f.systemCudaLines.isEmpty());
        const QStringList lines = describeShell(f);
        QVERIFY(lines.contains("no shell profile files in the home folder"));
        QVERIFY(
            lines.contains("no system-wide CUDA settings in /etc/profile.d or /etc/environment"));
    }

    void probeNoShellKnown()
    {
        SnapshotBuilder s;
        auto host = s.open();
        const ShellFacts f = probeShell(*host, 1000);
        QCOMPARE(f.loginShell, QString());
        QCOMPARE(f.shellKind, QString());
        QVERIFY(describeShell(f).contains("login shell unknown"));
        QVERIFY(!f.evidence.isEmpty());
    }

    void probeProfileIsADirectory()
    {
        SnapshotBuilder s;
        s.file("/home/student/.bashrc/oops", "export PATH=/usr/local/cuda/bin:$PATH\n");
        auto host = s.open();
        const ShellFacts f = probeShell(*host, 1000);
        QVERIFY(!profileOf(f, ".bashrc")->exists);
        QVERIFY(profileOf(f, ".bashrc")->cudaLines.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestShellProbe)
#include "tst_shellprobe.moc"
