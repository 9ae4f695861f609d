// libnovbe_faultfs.so: an LD_PRELOAD shim for tests that makes fsync /
// fdatasync fail with EIO, or write / pwrite fail with ENOSPC or EIO or come
// back short, at the Nth call. Test-only: nothing in the engine knows of it.
//
// NOVBE_FAULTFS_PLAN names a plan file; while it does not exist every call
// passes through. The plan is one line
//     <op> <nth> <error> <times> <path-substring>
// op: fsync (fsync, fdatasync) | write (write, pwrite, pwrite64);
// error: EIO | ENOSPC | short (writes only: half the bytes are written);
// times: how many calls fail from the nth on (0 = every one from then on).
// Only calls of the process's main thread on regular files whose path holds
// <path-substring> count, from the moment the plan file (re)appears or
// changes. Each injected fault is reported on stderr ("faultfs: ...").

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include <dlfcn.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

enum class Fault { None, Eio, Enospc, Short };

struct Plan
{
    char op[16] = {};
    long nth = 0;
    char error[16] = {};
    long times = 0;
    char path[256] = {};
};

struct State
{
    std::mutex mutex;
    bool loaded = false;
    struct timespec mtime = {};
    ino_t inode = 0;
    off_t size = -1;
    Plan plan;
    long calls = 0;
};

State &state()
{
    static State s;
    return s;
}

template <typename F> F real(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

bool isMainThread()
{
    return syscall(SYS_gettid) == getpid();
}

// Re-reads the plan when the file appeared or changed; false when there is none.
bool refreshPlan(State &s)
{
    const char *planPath = std::getenv("NOVBE_FAULTFS_PLAN");
    struct stat st;
    if (!planPath || stat(planPath, &st) != 0) {
        s.loaded = false;
        return false;
    }
    if (s.loaded && st.st_ino == s.inode && st.st_size == s.size
        && st.st_mtim.tv_sec == s.mtime.tv_sec && st.st_mtim.tv_nsec == s.mtime.tv_nsec)
        return true;
    Plan plan;
    FILE *f = std::fopen(planPath, "r");
    const int fields = f ? std::fscanf(f, "%15s %ld %15s %ld %255s", plan.op, &plan.nth, plan.error,
                                       &plan.times, plan.path)
                         : 0;
    if (f)
        std::fclose(f);
    s.loaded = fields == 5;
    s.plan = plan;
    s.calls = 0;
    s.inode = st.st_ino;
    s.size = st.st_size;
    s.mtime = st.st_mtim;
    return s.loaded;
}

bool fdPathHolds(int fd, const char *needle, char *path, size_t size)
{
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, size - 1);
    if (n <= 0)
        return false;
    path[n] = '\0';
    return std::strstr(path, needle) != nullptr;
}

thread_local bool inShim = false; // the shim's own I/O (stderr) passes through

Fault decide(const char *op, int fd, const char *call)
{
    State &s = state();
    char path[512];
    long n = 0;
    Plan plan;
    {
        std::lock_guard lock(s.mutex);
        if (!refreshPlan(s) || std::strcmp(s.plan.op, op) != 0
            || !fdPathHolds(fd, s.plan.path, path, sizeof path))
            return Fault::None;
        n = ++s.calls;
        plan = s.plan;
    }
    if (n < plan.nth || (plan.times > 0 && n >= plan.nth + plan.times))
        return Fault::None;
    std::fprintf(stderr, "faultfs: %s #%ld on %s: %s\n", call, n, path, plan.error);
    if (std::strcmp(plan.error, "ENOSPC") == 0)
        return Fault::Enospc;
    if (std::strcmp(plan.error, "short") == 0)
        return Fault::Short;
    return Fault::Eio;
}

Fault faultFor(const char *op, int fd, const char *call)
{
    if (inShim || !std::getenv("NOVBE_FAULTFS_PLAN") || !isMainThread())
        return Fault::None;
    inShim = true;
    const Fault fault = decide(op, fd, call);
    inShim = false;
    return fault;
}

int syncFault(const char *call, int fd)
{
    if (faultFor("fsync", fd, call) == Fault::None)
        return 0;
    errno = EIO;
    return -1;
}

// -1 with errno for an error; the byte count to write for a short write; -2 for none.
ssize_t writeFault(const char *call, int fd, size_t count)
{
    switch (faultFor("write", fd, call)) {
        case Fault::None: return -2;
        case Fault::Enospc: errno = ENOSPC; return -1;
        case Fault::Short: return ssize_t(count > 1 ? count / 2 : count);
        case Fault::Eio: break;
    }
    errno = EIO;
    return -1;
}

} // namespace

extern "C" {

int fsync(int fd)
{
    static const auto next = real<int (*)(int)>("fsync");
    return syncFault("fsync", fd) != 0 ? -1 : next(fd);
}

int fdatasync(int fd)
{
    static const auto next = real<int (*)(int)>("fdatasync");
    return syncFault("fdatasync", fd) != 0 ? -1 : next(fd);
}

ssize_t write(int fd, const void *buf, size_t count)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    const ssize_t fault = writeFault("write", fd, count);
    return fault == -2 ? next(fd, buf, count) : fault < 0 ? -1 : next(fd, buf, size_t(fault));
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    const ssize_t fault = writeFault("pwrite", fd, count);
    return fault == -2 ? next(fd, buf, count, offset)
        : fault < 0    ? -1
                       : next(fd, buf, size_t(fault), offset);
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off64_t offset)
{
    static const auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    const ssize_t fault = writeFault("pwrite64", fd, count);
    return fault == -2 ? next(fd, buf, count, offset)
        : fault < 0    ? -1
                       : next(fd, buf, size_t(fault), offset);
}

} // extern "C"
