// The core's Chinese catalogue (:/i18n/gpu-setup_core_zh_CN.qm, embedded by gpusetup_wizard):
// it loads, known advisor texts come out in Chinese, and every text of every snapshot host's
// plan (under several choices) is translated, with no English clause left in the middle of it.
#include "TestSnapshot.h"
#include "advice/Advisor.h"
#include "host/SnapshotHost.h"
#include "knowledge/Knowledge.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QtTest>

using namespace gpusetup;
using namespace gpusetup::test;

Q_DECLARE_METATYPE(gpusetup::Choices)

namespace {

const QString kQm = QStringLiteral(":/i18n/gpu-setup_core_zh_CN.qm");

bool hasCjk(const QString &s)
{
    static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return s.contains(cjk);
}

// What may stay English inside a Chinese sentence: commands in backticks, quoted screen
// labels, paths, URLs, options, and the words the advisor quotes verbatim from the probes
// (their problem lines) — those are passed in `data`. The knowledge data's prose is not
// exempt: it is translated through knowledgeText().
QString withoutAllowed(QString s, const QStringList &data)
{
    QStringList longestFirst = data; // "free" must not cut into "free tier offers ..."
    std::sort(longestFirst.begin(), longestFirst.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &d : longestFirst)
        if (d.size() > 3) s.remove(d);
    static const QList<QRegularExpression> allowed = {
        QRegularExpression(QStringLiteral("`[^`]*`")),                   // commands
        QRegularExpression(QStringLiteral("\"[^\"]*\"|“[^”]*”")),        // labels, names
        QRegularExpression(QStringLiteral("(https?://|/|~/)\\S*")),      // paths, URLs
        QRegularExpression(QStringLiteral("(^|\\s)--?[\\w-]+(=\\S+)?")), // options
        QRegularExpression(QStringLiteral("\\S+\\.(so|h|sh|run|deb|json|txt)\\S*")),
    };
    for (const QRegularExpression &re : allowed)
        s.remove(re);
    return s;
}

// Three lowercase English words in a row is a sentence fragment, not a product name.
QString englishClause(const QString &s)
{
    static const QRegularExpression clause(
        QStringLiteral("\\b[a-z]{2,}\\b[ ,;:]+\\b[a-z]{2,}\\b[ ,;:]+\\b[a-z]{2,}\\b"));
    return clause.match(s).captured(0);
}

// Technical lower-case words that stay as they are in Chinese text.
bool hasEnglishWords(const QString &s)
{
    static const QRegularExpression word(QStringLiteral("\\b[A-Za-z]{3,}\\b"));
    static const QStringList keep = {
        QStringLiteral("NVIDIA"),     QStringLiteral("CUDA"),      QStringLiteral("cuDNN"),
        QStringLiteral("GPU"),        QStringLiteral("GPUs"),      QStringLiteral("PyTorch"),
        QStringLiteral("TensorFlow"), QStringLiteral("Python"),    QStringLiteral("conda"),
        QStringLiteral("pip"),        QStringLiteral("nvcc"),      QStringLiteral("GeForce"),
        QStringLiteral("RTX"),        QStringLiteral("GTX"),       QStringLiteral("Tesla"),
        QStringLiteral("Laptop"),     QStringLiteral("Ubuntu"),    QStringLiteral("Debian"),
        QStringLiteral("Miniconda"),  QStringLiteral("Miniforge"), QStringLiteral("WSL")};
    auto it = word.globalMatch(s);
    while (it.hasNext())
        if (!keep.contains(it.next().captured(0))) return true;
    return false;
}

// The catalogue, counting which of its texts the plans used (reported at the end).
class CountingTranslator : public QTranslator
{
public:
    QSet<QString> used;
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        const QString t = QTranslator::translate(context, source, disambiguation, n);
        if (!t.isEmpty())
            const_cast<CountingTranslator *>(this)->used.insert(QString::fromUtf8(source));
        return t;
    }
};

struct Text
{
    QString where;
    QString text;
};

QList<Text> textsOf(const Plan &plan)
{
    QList<Text> out;
    for (const StagePlan &s : plan.stages) {
        const QString stage = stageName(s.id);
        out << Text{stage + QStringLiteral(" summary"), s.summary};
        for (const Finding &f : s.findings) {
            out << Text{f.id + QStringLiteral(" text"), f.text};
            if (!f.resolution.isEmpty())
                out << Text{f.id + QStringLiteral(" resolution"), f.resolution};
        }
        for (const Step &st : s.steps)
            out << Text{st.id + QStringLiteral(" description"), st.description};
    }
    return out;
}

// Text the advisor copies from the probed machine, not from a catalogue.
QStringList dataTexts(const Facts &facts)
{
    QStringList out;
    for (const CudaToolkit &t : facts.cuda.toolkits)
        out << t.problems;
    for (const CudnnInstall &i : facts.cudnn.installs)
        out << i.problems;
    out << facts.driver.nvmlError << facts.driver.reason;
    return out;
}

} // namespace

class TestI18nCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Knowledge::builtin().loadError().isEmpty(),
                 qPrintable(Knowledge::builtin().loadError()));
        QVERIFY2(QFile::exists(kQm), "the core catalogue is not embedded");
        QVERIFY(m_zh.load(kQm));
    }
    void cleanupTestCase()
    {
        qInfo("%lld catalogue texts used by the plans", qint64(m_zh.used.size()));
    }

    void knownStrings_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("stage") << "gpusetup::Advice"
                               << "CUDA toolkit"
                               << "CUDA 工具包";
        QTest::newRow("status") << "gpusetup::Advice"
                                << "needs action"
                                << "需要处理";
        QTest::newRow("no toolkit for pytorch")
            << "gpusetup::Advice"
            << "You do not need to install CUDA for PyTorch; only the driver. The PyTorch pip "
               "wheels bring their own CUDA runtime and cuDNN."
            << "使用 PyTorch 不需要安装 CUDA 工具包，只需要驱动。PyTorch 的 pip wheel 包自带 "
               "CUDA 运行时和 cuDNN。";
        QTest::newRow("secure boot")
            << "gpusetup::Advice"
            << "At the next start, in the blue MokManager screen: \"Enroll MOK\", \"Continue\", "
               "\"Yes\", the one-time password, \"Reboot\"."
            << "下次开机时，在蓝色的 MokManager 界面中：“Enroll "
               "MOK”、“Continue”、“Yes”、输入一次性密码、“Reboot”。";
        QTest::newRow("operation") << "gpusetup::Operation"
                                   << "The changes were undone."
                                   << "更改已撤销。";
    }
    void knownStrings()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, chinese);
        QTranslator zh;
        QVERIFY(zh.load(kQm));
        QCOMPARE(zh.translate(qPrintable(context), source.toUtf8().constData()), chinese);
    }

    // The way the application finds it: by locale, from the same resource folder.
    void loadsByLocale()
    {
        QTranslator zh;
        QVERIFY(zh.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("gpu-setup_core"),
                        QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&zh));
        QCOMPARE(stageName(StageId::Driver), QStringLiteral("NVIDIA 驱动"));
        QCOMPARE(
            QCoreApplication::translate(
                "gpusetup::Advice", "%1 has only %2 GB of memory: most current models do not fit.")
                .arg(QStringLiteral("GeForce GT 1030"))
                .arg(2),
            QStringLiteral("GeForce GT 1030 只有 2 GB 显存：大多数当前的模型都放不下。"));
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(stageName(StageId::Driver), QStringLiteral("NVIDIA driver"));
    }

    // Every prose text of the knowledge data that the advisor shows has a Chinese translation
    // (scripts/extract_knowledge_strings.py lists the fields; rerun it when the data changes).
    void knowledgeTexts_data()
    {
        QTest::addColumn<QString>("english");
        const Knowledge &kb = Knowledge::builtin();
        QStringList texts;
        for (const FreePlatform &p : kb.platforms()) {
            texts << p.name << p.cost;
            for (const PlatformFact &f : p.facts)
                texts << f.fact;
        }
        texts << kb.officialDefaults().condaNotes;
        for (const CondaMirror &m : kb.mirrors())
            texts << m.name;
        texts.removeDuplicates();
        QVERIFY(texts.size() > 10);
        for (const QString &t : texts)
            QTest::newRow(qPrintable(t.left(60))) << t;
    }
    void knowledgeTexts()
    {
        QFETCH(QString, english);
        QVERIFY2(
            !m_zh.translate("gpusetup::KnowledgeText", english.toUtf8().constData(), nullptr, -1)
                 .isEmpty(),
            "no translation: run scripts/extract_knowledge_strings.py and lupdate");
        QCoreApplication::installTranslator(&m_zh);
        const QString chinese = knowledgeText(english);
        QCoreApplication::removeTranslator(&m_zh);
        QCOMPARE(knowledgeText(english), english); // the English UI shows the data as it is
        QVERIFY2(englishClause(withoutAllowed(chinese, {})).isEmpty(), qPrintable(chinese));
        // Only a bare product name ("Kaggle Notebooks") may stay as it is.
        static const QRegularExpression lowerWord(QStringLiteral("\\b[a-z]{2,}\\b"));
        if (english.contains(lowerWord)) QVERIFY2(hasCjk(chinese), qPrintable(chinese));
    }

    // The checker itself: a plan text with an English clause is caught.
    void detectsEnglish()
    {
        QVERIFY(!englishClause(QStringLiteral("驱动 535 is too old: 需要 580")).isEmpty());
        QVERIFY(!englishClause(QStringLiteral("运行 `sudo apt install gcc` 安装")).isEmpty());
        QVERIFY(
            englishClause(withoutAllowed(QStringLiteral("运行 `sudo apt install gcc` 安装"), {}))
                .isEmpty());
        QVERIFY(hasEnglishWords(QStringLiteral("No driver change is needed.")));
        QVERIFY(!hasEnglishWords(QStringLiteral("NVIDIA GPU: GeForce RTX 3060")));
    }

    void everyPlanText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Choices>("choices");
        Choices tf;
        tf.framework = Framework::TensorFlow;
        tf.frameworkVersion = QStringLiteral("2.13.0");
        Choices all;
        all.toolkit = Want::Yes;
        all.cudnn = Want::Yes;
        all.mirror = QStringLiteral("tuna");
        all.condaFlavour = QStringLiteral("miniconda");
        all.python = QStringLiteral("3.6");
        Choices none;
        none.framework = Framework::None;
        none.toolkit = Want::No;
        none.cudnn = Want::No;
        none.mirror = QStringLiteral("nowhere");
        for (const QString &n : hostNames()) {
            QTest::newRow(qPrintable(n + ":default")) << n << Choices{};
            QTest::newRow(qPrintable(n + ":tensorflow-2.13")) << n << tf;
            QTest::newRow(qPrintable(n + ":toolkit+cudnn+tuna")) << n << all;
            QTest::newRow(qPrintable(n + ":nothing")) << n << none;
        }
    }
    void everyPlanText()
    {
        QFETCH(QString, name);
        QFETCH(Choices, choices);
        auto host = SnapshotHost::open(hostsDir() + QStringLiteral("/") + name, nullptr);
        QVERIFY(host);
        ProbeOptions options;
        options.commandTimeoutMs = 300;
        const Facts facts = probeAll(*host, options);
        const QList<Text> english = textsOf(advise(facts, Knowledge::builtin(), choices));

        QCoreApplication::installTranslator(&m_zh);
        const QList<Text> chinese = textsOf(advise(facts, Knowledge::builtin(), choices));
        QCoreApplication::removeTranslator(&m_zh);

        QCOMPARE(chinese.size(), english.size());
        const QStringList data = dataTexts(facts);
        for (int i = 0; i < english.size(); ++i) {
            const QString &en = english[i].text;
            const QString &cn = chinese[i].text;
            const QString at = name + QStringLiteral(" ") + english[i].where + QStringLiteral(": ");
            if (hasEnglishWords(withoutAllowed(en, data))) {
                QVERIFY2(cn != en, qPrintable(at + QStringLiteral("untranslated: ") + en));
                QVERIFY2(hasCjk(cn), qPrintable(at + QStringLiteral("no Chinese: ") + cn));
            }
            const QString left = englishClause(withoutAllowed(cn, data));
            QVERIFY2(left.isEmpty(),
                     qPrintable(at + QStringLiteral("English \"") + left + "\" in: " + cn));
        }
    }

private:
    CountingTranslator m_zh;
};

QTEST_GUILESS_MAIN(TestI18nCore)
#include "tst_i18n_core.moc"
