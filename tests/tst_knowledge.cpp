#include "knowledge/Knowledge.h"
#include <QtTest>
using namespace gpusetup;
class TestKnowledge : public QObject { Q_OBJECT
private slots:
    void builtinLoads() { QCOMPARE(Knowledge::builtin().loadError(), QString()); }
};
QTEST_GUILESS_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
