package jp.lg.platform.messaging;

import jp.lg.platform.core.tenancy.Collaboration;

/** The names of provisioned channels, as towns already call them. */
final class ChannelNames {

    private ChannelNames() {}

    /** 横連携: every town of the collaboration, e.g. 【チーム愛媛】横連携. */
    static String horizontal(Collaboration collaboration) {
        return "【" + collaboration.nameJa() + "】横連携";
    }

    /** 縦連携: the lead with one town, e.g. 【愛媛県・西条市】市町訪問. */
    static String vertical(String leadName, String townName) {
        return "【" + leadName + "・" + townName + "】市町訪問";
    }
}
