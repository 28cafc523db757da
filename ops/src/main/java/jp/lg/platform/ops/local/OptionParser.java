package jp.lg.platform.ops.local;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns command-line arguments and environment variables into {@link LocalStackOptions}. */
final class OptionParser {

    private final List<String> args;
    private final Map<String, String> env;
    private final Path workingDir;
    private final Map<String, String> values = new HashMap<>();
    private boolean fresh;

    OptionParser(List<String> args, Map<String, String> env, Path workingDir) {
        this.args = args;
        this.env = env;
        this.workingDir = workingDir;
    }

    LocalStackOptions parse() {
        readArgs();
        Path root = Path.of(values.getOrDefault(LocalStackOptions.REPO_ROOT_FLAG, workingDir.toString()))
                .toAbsolutePath().normalize();
        String shared = values.getOrDefault(LocalStackOptions.SHARED_DIR_FLAG,
                env.getOrDefault(LocalStackOptions.SHARED_DIR_ENV, "../shared/data"));
        return new LocalStackOptions(root, fresh,
                port(LocalStackOptions.APP), port(LocalStackOptions.ADMIN), port(LocalStackOptions.KEYCLOAK),
                port(LocalStackOptions.KAFKA), port(LocalStackOptions.POSTGRES),
                root.resolve(shared).toAbsolutePath().normalize());
    }

    private void readArgs() {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(LocalStackOptions.FRESH_FLAG)) {
                fresh = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String flag = eq < 0 ? arg : arg.substring(0, eq);
            if (!takesValue(flag)) {
                throw new IllegalArgumentException("unknown option " + arg + "\n" + LocalStackOptions.usage());
            }
            if (eq >= 0) {
                values.put(flag, arg.substring(eq + 1));
            } else if (i + 1 < args.size()) {
                values.put(flag, args.get(++i));
            } else {
                throw new IllegalArgumentException(flag + " needs a value");
            }
        }
    }

    private static boolean takesValue(String flag) {
        return flag.equals(LocalStackOptions.SHARED_DIR_FLAG) || flag.equals(LocalStackOptions.REPO_ROOT_FLAG)
                || LocalStackOptions.PORTS.stream().anyMatch(p -> p.flag().equals(flag));
    }

    private int port(LocalStackOptions.PortOption option) {
        String fromArgs = values.get(option.flag());
        String value = fromArgs != null ? fromArgs : env.get(option.envVar());
        if (value == null || value.isBlank()) {
            return option.defaultPort();
        }
        String source = fromArgs != null ? option.flag() : option.envVar();
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65534) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " must be a TCP port between 1 and 65534, got '" + value + "'");
        }
    }
}
