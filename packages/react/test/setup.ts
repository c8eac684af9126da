import { configure } from "@testing-library/react";

// waitFor's default 1 s is shorter than a first answer from Prism or the simulator on a busy
// 2-core CI machine; the tests wait for data, never for a timeout.
configure({ asyncUtilTimeout: 10_000 });
