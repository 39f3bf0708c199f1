// Measures what a libcurl-based downloader could reach (download URL -> FILE + SHA-256), to
// compare with QNetworkAccessManager in run_bench.sh; a benchmark, not production code.
//   bench_curl_download inline|pipelined URL FILE SHA256
// inline:    the write callback batches into 1 MiB, then write() + EVP_DigestUpdate on curl's
// thread. pipelined: the callback copies into a ring of 8 x 1 MiB buffers; a second thread hashes +
// writes. Prints one line: mode, bytes, wall s, MiB/s, peak RSS KiB, digest ok/BAD. Exit 0 ok, 1
// failure, 2 usage.
#include <curl/curl.h>
#include <openssl/evp.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

size_t envSize(const char *name, size_t fallback)
{
    const char *v = std::getenv(name);
    return v && *v ? std::strtoull(v, nullptr, 10) : fallback;
}
const size_t kPiece = envSize("CURL_BENCH_PIECE", 1 << 20); // batch / ring buffer
constexpr size_t kRingBuffers = 8;                          // pipelined: 8 in flight
const long kCurlBuffer = long(envSize("CURL_BENCH_BUFFERSIZE", 512 * 1024)); // CURLOPT_BUFFERSIZE
const bool kHashOnArrival = envSize("CURL_BENCH_HASH_ON_ARRIVAL", 0) != 0;   // inline only

struct Sink
{
    int fd = -1;
    EVP_MD_CTX *md = nullptr;
    bool failed = false;
    unsigned long long bytes = 0;

    // hash + write one piece; false on a write error
    bool consume(const char *data, size_t len, bool hash = true)
    {
        if (hash && EVP_DigestUpdate(md, data, len) != 1) return false;
        while (len > 0) {
            ssize_t n = ::write(fd, data, len);
            if (n < 0) {
                if (errno == EINTR) continue;
                return false;
            }
            data += n;
            len -= size_t(n);
        }
        return true;
    }
};

// (a) everything on curl's thread, writes batched into 1 MiB
struct InlineWriter
{
    Sink *sink;
    std::vector<char> batch = std::vector<char>(kPiece);
    size_t used = 0;

    bool add(const char *p, size_t len)
    {
        // variant: hash while the received bytes are still in cache, batch only the write
        if (kHashOnArrival && EVP_DigestUpdate(sink->md, p, len) != 1) return false;
        while (len > 0) {
            size_t take = std::min(len, kPiece - used);
            std::memcpy(batch.data() + used, p, take);
            used += take;
            p += take;
            len -= take;
            if (used == kPiece && !flush()) return false;
        }
        return true;
    }
    bool flush()
    {
        bool ok = used == 0 || sink->consume(batch.data(), used, !kHashOnArrival);
        used = 0;
        return ok;
    }
};

// (b) bounded ring of 1 MiB buffers: curl's thread fills, a worker hashes + writes
struct Pipeline
{
    struct Buf
    {
        std::unique_ptr<char[]> data{new char[kPiece]};
        size_t used = 0;
    };
    Sink *sink;
    std::mutex mu;
    std::condition_variable cv;
    std::deque<Buf *> idle, full;
    std::vector<Buf> bufs = std::vector<Buf>(kRingBuffers);
    Buf *cur = nullptr;
    bool done = false, workerFailed = false;
    std::thread worker;

    explicit Pipeline(Sink *s) : sink(s)
    {
        for (auto &b : bufs)
            idle.push_back(&b);
        worker = std::thread([this] { run(); });
    }
    void run()
    {
        for (;;) {
            Buf *b;
            {
                std::unique_lock lock(mu);
                cv.wait(lock, [this] { return !full.empty() || done; });
                if (full.empty()) return;
                b = full.front();
                full.pop_front();
            }
            bool ok = sink->consume(b->data.get(), b->used);
            std::lock_guard lock(mu);
            b->used = 0;
            idle.push_back(b);
            if (!ok) workerFailed = true;
            cv.notify_all();
        }
    }
    bool add(const char *p, size_t len)
    {
        while (len > 0) {
            if (!cur) {
                std::unique_lock lock(mu);
                cv.wait(lock, [this] { return !idle.empty() || workerFailed; });
                if (workerFailed) return false;
                cur = idle.front();
                idle.pop_front();
            }
            size_t take = std::min(len, kPiece - cur->used);
            std::memcpy(cur->data.get() + cur->used, p, take);
            cur->used += take;
            p += take;
            len -= take;
            if (cur->used == kPiece) push();
        }
        return true;
    }
    void push()
    {
        std::lock_guard lock(mu);
        full.push_back(cur);
        cur = nullptr;
        cv.notify_all();
    }
    // flush the partial buffer, drain the queue, join; false if any write failed
    bool finish()
    {
        if (cur && cur->used > 0) push();
        {
            std::lock_guard lock(mu);
            done = true;
            cv.notify_all();
        }
        worker.join();
        return !workerFailed;
    }
};

struct Ctx
{
    Sink sink;
    InlineWriter *inl = nullptr;
    Pipeline *pipe = nullptr;
};

size_t onData(char *p, size_t size, size_t n, void *user)
{
    auto *c = static_cast<Ctx *>(user);
    size_t len = size * n;
    bool ok = c->inl ? c->inl->add(p, len) : c->pipe->add(p, len);
    if (!ok) {
        c->sink.failed = true;
        return 0; // aborts the transfer with CURLE_WRITE_ERROR
    }
    c->sink.bytes += len;
    return len;
}

std::string hex(const unsigned char *d, unsigned len)
{
    static const char digits[] = "0123456789abcdef";
    std::string s;
    for (unsigned i = 0; i < len; ++i) {
        s += digits[d[i] >> 4];
        s += digits[d[i] & 15];
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 5 || (std::strcmp(argv[1], "inline") && std::strcmp(argv[1], "pipelined"))) {
        std::fprintf(stderr, "usage: %s inline|pipelined URL FILE SHA256\n", argv[0]);
        return 2;
    }
    const std::string mode = argv[1], url = argv[2], file = argv[3], want = argv[4];
    auto t0 = std::chrono::steady_clock::now();

    Ctx ctx;
    ctx.sink.fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (ctx.sink.fd < 0) {
        std::fprintf(stderr, "cannot open %s: %s\n", file.c_str(), std::strerror(errno));
        return 1;
    }
    ctx.sink.md = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx.sink.md, EVP_sha256(), nullptr);
    InlineWriter inl{&ctx.sink};
    std::unique_ptr<Pipeline> pipe;
    if (mode == "inline")
        ctx.inl = &inl;
    else
        ctx.pipe = (pipe = std::make_unique<Pipeline>(&ctx.sink)).get();

    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_FAILONERROR, 1L);
    curl_easy_setopt(h, CURLOPT_BUFFERSIZE, kCurlBuffer);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, onData);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &ctx);
    CURLcode rc = curl_easy_perform(h);
    curl_easy_cleanup(h);
    curl_global_cleanup();

    bool ok = rc == CURLE_OK && !ctx.sink.failed;
    ok = (ctx.inl ? inl.flush() : pipe->finish()) && ok;
    ok = ::close(ctx.sink.fd) == 0 && ok;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned mdLen = 0;
    EVP_DigestFinal_ex(ctx.sink.md, md, &mdLen);
    EVP_MD_CTX_free(ctx.sink.md);
    const std::string got = hex(md, mdLen);
    const bool match = got == want;

    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    if (rc != CURLE_OK) std::fprintf(stderr, "curl: %s\n", curl_easy_strerror(rc));
    std::printf("%s: %llu bytes in %.3f s = %.0f MiB/s, peak RSS %ld KiB, sha256 %s\n",
                mode.c_str(), ctx.sink.bytes, secs, ctx.sink.bytes / 1048576.0 / secs, ru.ru_maxrss,
                match ? "ok" : ("BAD " + got).c_str());
    return ok && match ? 0 : 1;
}
