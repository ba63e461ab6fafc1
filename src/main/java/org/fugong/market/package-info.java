/**
 * Supply and demand (供需对接) and key supply-chain firms (产业链保供): an
 * enterprise posts what it offers or needs, sees the open posts of the other
 * kind that fit, ranked with the reasons in words, and asks the other side for
 * contact; the other side accepts (then both see each other's contact person and
 * phone) or declines. Posts close as fulfilled or withdrawn, or expire by
 * themselves. Officials of the region see all posts, the demands nobody
 * answered, and the figures; district officials flag key supply-chain firms,
 * whose posts rank first. The poster's region and industry come from the
 * enterprise module's public view; notices go through the inbox.
 */
package org.fugong.market;
